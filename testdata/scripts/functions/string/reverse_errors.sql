-- REVERSE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/reverse
-- case: a boolean
SELECT REVERSE(true);
-- case: a map
SELECT REVERSE(map('a', 1));
