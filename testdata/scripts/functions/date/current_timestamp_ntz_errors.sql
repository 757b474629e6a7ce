-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/current-timestamp-ntz
-- case: an unknown time zone
SELECT CURRENT_TIMESTAMP_NTZ('UTC+25:00');
