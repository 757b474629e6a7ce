-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-utc-timestamp
-- (also https://www.alibabacloud.com/help/doc-detail/3005831.html)
-- Returns 2025-03-05 07:30:15.
SELECT TO_UTC_TIMESTAMP('2025-03-05 15:30:15', 'Asia/Shanghai');
-- DATETIME, TIMESTAMP, TIMESTAMP_NTZ and yyyy-mm-dd strings are read in time_zone.
SELECT TO_UTC_TIMESTAMP(DATETIME '2025-03-05 15:30:15', 'Asia/Shanghai'),
       TO_UTC_TIMESTAMP(TIMESTAMP '2025-03-05 15:30:15.5', 'America/New_York'),
       TO_UTC_TIMESTAMP(TIMESTAMP_NTZ '2025-03-05 15:30:15', 'Etc/GMT'),
       TO_UTC_TIMESTAMP('2025-03-05', 'Asia/Tokyo');
-- A BIGINT is milliseconds after the epoch, first read in the session time
-- zone (0 is 1970-01-01 08:00:00 in Asia/Shanghai), then taken as a time in time_zone.
SET odps.sql.timezone = Asia/Shanghai;
SELECT TO_UTC_TIMESTAMP(0, 'Asia/Shanghai'), TO_UTC_TIMESTAMP(1230000, 'Etc/GMT');
-- A STRING in another format gives NULL; a NULL time zone gives NULL.
SELECT TO_UTC_TIMESTAMP('15:30:15', 'Asia/Shanghai'), TO_UTC_TIMESTAMP('2025-03-05', NULL);
