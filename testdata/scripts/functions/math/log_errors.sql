-- LOG: https://www.alibabacloud.com/help/en/maxcompute/user-guide/log
-- (the LOG section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: one argument
select log(8);
-- case: BOOLEAN
select log(2, true);
