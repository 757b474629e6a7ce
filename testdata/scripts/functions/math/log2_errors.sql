-- LOG2: https://www.alibabacloud.com/help/en/maxcompute/user-guide/log2
-- (the LOG2 section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select log2(true);
