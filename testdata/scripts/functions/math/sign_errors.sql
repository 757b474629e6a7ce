-- SIGN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sign
-- (the SIGN section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select sign(true);
