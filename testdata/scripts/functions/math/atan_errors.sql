-- ATAN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/atan
-- (the ATAN section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN is not a number
select atan(false);
