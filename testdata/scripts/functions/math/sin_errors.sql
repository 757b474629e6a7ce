-- SIN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sin
-- (the SIN section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select sin(true);
