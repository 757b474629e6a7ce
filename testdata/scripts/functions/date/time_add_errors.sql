-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/time-add
-- case: an unsupported date_part is an error
SELECT TIME_ADD(1234, 5, 'day');
-- case: date_part must be a constant
SELECT TIME_ADD(1234, 5, u) FROM (SELECT 'ss' AS u) t;
-- case: in the 2.0 data type edition time must be BIGINT
SELECT TIME_ADD('1234', 5, 'ss');
-- case: and so must delta
SELECT TIME_ADD(1234, 5.0, 'ss');
-- case: date_part must be a string
SELECT TIME_ADD(1234, 5, DATE '2025-01-01');
