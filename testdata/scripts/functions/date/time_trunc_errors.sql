-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/time-trunc
-- case: an unsupported date_part is an error
SELECT TIME_TRUNC(1234567890, 'day');
-- case: date_part must be a constant
SELECT TIME_TRUNC(1234567890, u) FROM (SELECT 'ff3' AS u) t;
-- case: in the 2.0 data type edition time must be BIGINT
SELECT TIME_TRUNC('1234567890', 'ff3');
