-- ATAN2: https://www.alibabacloud.com/help/en/maxcompute/user-guide/atan2
-- (the ATAN2 section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: one argument
select atan2(1);
-- case: BOOLEAN is not a number
select atan2(1, true);
