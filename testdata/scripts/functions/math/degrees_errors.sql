-- DEGREES: https://www.alibabacloud.com/help/en/maxcompute/user-guide/degrees
-- (the DEGREES section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select degrees(true);
