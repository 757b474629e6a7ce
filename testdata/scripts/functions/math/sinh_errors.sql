-- SINH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sinh
-- (the SINH section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select sinh(true);
