-- SQRT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sqrt
-- (the SQRT section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select sqrt(true);
