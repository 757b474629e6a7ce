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

-- A wall-clock time in a spring-forward gap is read with the offset before
-- the gap, as Java does (no page example): 1988-04-17 02:30 in Asia/Shanghai
-- is 03:30 CDT (UTC+9), and 2024-03-10 02:30 in New York is 03:30 EDT.
select to_utc_timestamp(datetime '1988-04-17 02:30:00', 'Asia/Shanghai'), to_utc_timestamp(timestamp '2024-03-10 02:30:00', 'America/New_York'); -- 1988-04-16 18:30:00 2024-03-10 07:30:00
