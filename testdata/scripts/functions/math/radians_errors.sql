-- RADIANS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/radians
-- (the RADIANS section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select radians(true);
