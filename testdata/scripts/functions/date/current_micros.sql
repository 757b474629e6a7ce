-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/current-micros
-- CURRENT_MICROS is the time of day in microseconds. The page's examples read
-- the clock at 2025-09-24 17:25:18.381 (Asia/Shanghai) and return 62718381000;
-- mcsql's goldens run at 2026-01-02 03:04:05 UTC, which is 11:04:05 in
-- Asia/Shanghai (39845000000) and 09:04:05 in Asia/Dhaka (32645000000).
SELECT CURRENT_MICROS();
SELECT CURRENT_MICROS('Asia/Shanghai');
-- Asia/Dhaka, UTC+06:00 and +06 name the same zone.
SELECT CURRENT_MICROS('Asia/Dhaka'), CURRENT_MICROS('UTC+06:00'), CURRENT_MICROS('+06');
-- Returns NULL.
SELECT CURRENT_MICROS(NULL);
-- Formatted: 11:04:05.000 and 09:04:05.
SELECT FORMAT_TIME(CURRENT_MICROS('Asia/Shanghai'),'%H:%M:%S.ff3');
SELECT FORMAT_TIME(CURRENT_MICROS('Asia/Dhaka'),'%H:%M:%S');
-- The session time zone is the default.
SET odps.sql.timezone=Etc/GMT;
SELECT CURRENT_MICROS();
