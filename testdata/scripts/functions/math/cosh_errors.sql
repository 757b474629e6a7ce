-- COSH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/cosh
-- (the COSH section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: DATE
select cosh(date'2024-01-01');
