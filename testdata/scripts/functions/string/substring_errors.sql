-- SUBSTRING errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/substring
-- The page: a length that is not BIGINT or is <= 0 is an error.
-- case: length 0
select substring('abc', 1, 0);
-- case: negative length
select substring('abc', 1, -1);
-- case: a boolean
select substring(true, 1);
