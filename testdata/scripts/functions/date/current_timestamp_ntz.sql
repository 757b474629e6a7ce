-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/current-timestamp-ntz
-- The page's examples read the clock at 2025-11-05 14:33:15.438 (UTC+8);
-- mcsql's goldens run at 2026-01-02 03:04:05 UTC.
-- No time zone: the UTC time (not the session's). Returns 2026-01-02 03:04:05.
SELECT CURRENT_TIMESTAMP_NTZ();
-- Asia/Dhaka, UTC+06:00 and +6 are the same zone: 2026-01-02 09:04:05.
SELECT CURRENT_TIMESTAMP_NTZ('Asia/Dhaka');
SELECT CURRENT_TIMESTAMP_NTZ('UTC+06:00');
SELECT CURRENT_TIMESTAMP_NTZ('+6');
-- Returns NULL.
SELECT CURRENT_TIMESTAMP_NTZ(NULL);
