-- ASIN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/asin
-- (the ASIN section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BINARY is not a number
select asin(X'01');
