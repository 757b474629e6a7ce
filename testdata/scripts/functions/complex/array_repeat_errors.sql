-- ARRAY_REPEAT errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- case: count too large
select array_repeat(1, 100000000);
-- case: count not a number
select array_repeat(1, X'01');
