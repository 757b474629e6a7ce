-- SHIFTRIGHTUNSIGNED: https://www.alibabacloud.com/help/en/maxcompute/user-guide/shiftrightunsigned
-- (the SHIFTRIGHTUNSIGNED section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BIGINT shift count
select shiftrightunsigned(8, 2L);
