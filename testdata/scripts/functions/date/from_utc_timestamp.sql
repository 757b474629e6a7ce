-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/from-utc-timestamp
-- A BIGINT is milliseconds after 1970-01-01 00:00:00 UTC, first read in the
-- session time zone (00:00 UTC is 08:00 in Asia/Shanghai), then taken as UTC.
SET odps.sql.timezone = Asia/Shanghai;
SELECT  FROM_UTC_TIMESTAMP(0, 'Asia/Shanghai') AS TIMESTAMP1
        ,FROM_UTC_TIMESTAMP(1230000,'Etc/GMT') AS TIMESTAMP2
        ,FROM_UTC_TIMESTAMP(-1230000,'Etc/GMT') AS TIMESTAMP3;
-- STRING, DATETIME, TIMESTAMP and TIMESTAMP_NTZ values are taken as UTC as they read.
SELECT FROM_UTC_TIMESTAMP('2025-03-05 07:30:15', 'Asia/Shanghai'), FROM_UTC_TIMESTAMP('2025-03-05', 'Asia/Shanghai'),
       FROM_UTC_TIMESTAMP(DATETIME '2025-03-05 07:30:15', 'Asia/Shanghai'),
       FROM_UTC_TIMESTAMP(TIMESTAMP '2025-03-05 07:30:15.123', 'Asia/Shanghai'),
       FROM_UTC_TIMESTAMP(TIMESTAMP_NTZ '2025-03-05 07:30:15', 'Asia/Shanghai');
-- Daylight saving time applies: PST is America/Los_Angeles (UTC-7 in August).
SELECT FROM_UTC_TIMESTAMP('2023-08-14 17:00:00', 'PST'), FROM_UTC_TIMESTAMP('2023-01-14 17:00:00', 'America/Los_Angeles');
-- A STRING in another format gives NULL; a NULL time zone gives NULL.
SELECT FROM_UTC_TIMESTAMP('2025/03/05', 'Asia/Shanghai'), FROM_UTC_TIMESTAMP('2025-03-05', NULL);
