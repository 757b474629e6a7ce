-- RAND: https://www.alibabacloud.com/help/en/maxcompute/user-guide/rand
-- (the RAND section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: two arguments
select rand(1, 2);
-- case: a DOUBLE seed
select rand(1.5);
