-- LOG10: https://www.alibabacloud.com/help/en/maxcompute/user-guide/log10
-- (the LOG10 section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select log10(true);
