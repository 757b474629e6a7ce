-- UNHEX: https://www.alibabacloud.com/help/en/maxcompute/user-guide/unhex
-- (the UNHEX section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- "If the value of number is 0, an error is returned."
-- case: 0
select unhex('0');
-- case: odd length
select unhex('616');
-- case: not hex
select unhex('zz');
