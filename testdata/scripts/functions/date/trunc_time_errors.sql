-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/trunc-time
-- case: a NULL date_part is an error (the page says so)
SELECT TRUNC_TIME(DATE '2025-06-03', NULL);
-- case: date_part is year, month, day or hour
SELECT TRUNC_TIME(DATE '2025-06-03', 'minute');
-- case: date_part must be a constant
SELECT TRUNC_TIME(DATE '2025-06-03', p) FROM (SELECT 'day' AS p) t;
-- case: in the 2.0 data type edition a STRING is not accepted
SELECT TRUNC_TIME('2025-07-21 00:00:00', 'day');
-- case: BIGINT is not accepted
SELECT TRUNC_TIME(20250721, 'day');
