-- CEIL: https://www.alibabacloud.com/help/en/maxcompute/user-guide/ceil
-- (the CEIL section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: a DOUBLE beyond BIGINT
select ceil(1e19);
-- case: NaN
select ceil(cast('nan' as double));
-- case: BOOLEAN
select ceil(true);
