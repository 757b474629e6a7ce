-- ASCII errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/ascii
-- The page: a str that is not STRING, BIGINT, DOUBLE, DECIMAL or DATETIME is an error.
-- case: boolean argument
select ascii(true);
-- case: binary argument
select ascii(x'61');
-- case: two arguments
select ascii('a', 'b');
