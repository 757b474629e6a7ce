-- CBRT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/cbrt
-- (the CBRT section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- The page lists BIGINT, INT, SMALLINT, TINYINT, DOUBLE, FLOAT and STRING
-- ("all columns except decimal_data"); other types are errors.
-- case: DECIMAL
select cbrt(8BD);
-- case: BOOLEAN
select cbrt(true);
