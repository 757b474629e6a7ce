-- ISNAN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/isnan
-- (the ISNAN section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select isnan(true);
