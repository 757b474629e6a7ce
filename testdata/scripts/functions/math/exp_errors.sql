-- EXP: https://www.alibabacloud.com/help/en/maxcompute/user-guide/exp
-- (the EXP section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select exp(true);
