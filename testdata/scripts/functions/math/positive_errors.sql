-- POSITIVE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/positive
-- (the POSITIVE section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: STRING is not among the documented types
select positive('1');
