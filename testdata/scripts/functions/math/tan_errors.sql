-- TAN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/tan
-- (the TAN section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select tan(true);
