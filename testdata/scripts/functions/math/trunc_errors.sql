-- TRUNC: https://www.alibabacloud.com/help/en/maxcompute/user-guide/trunc
-- (the TRUNC section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: DOUBLE decimal_places
select trunc(1.5, 1.0);
-- case: BOOLEAN number
select trunc(true, 1);
-- case: a date outside the Hive-compatible edition (use DATETRUNC)
select trunc(date'2024-05-17', 'MM');
