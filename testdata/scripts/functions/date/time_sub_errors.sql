-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/time-sub
-- case: an unsupported date_part is an error
SELECT TIME_SUB(1234, 5, 'week');
-- case: in the 2.0 data type edition time must be BIGINT
SELECT TIME_SUB(1234.0, 5, 'ss');
