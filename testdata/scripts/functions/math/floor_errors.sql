-- FLOOR: https://www.alibabacloud.com/help/en/maxcompute/user-guide/floor
-- (the FLOOR section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: a DOUBLE beyond BIGINT
select floor(-1e19);
-- case: BOOLEAN
select floor(false);
