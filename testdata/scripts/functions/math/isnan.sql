-- ISNAN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/isnan
-- (the ISNAN section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
SELECT isnan(100.1);  -- documented: False
-- NULL gives false, not NULL ("If the value of expr is NULL, False is returned").
select isnan(null), isnan(cast('nan' as double)), isnan(sqrt(-1)), isnan('NaN'), isnan(1BD), isnan(cast('inf' as double));
