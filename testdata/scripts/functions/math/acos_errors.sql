-- ACOS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/acos
-- (the ACOS section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: DATETIME is not a number
select acos(datetime'2024-01-01 00:00:00');
-- case: no argument
select acos();
