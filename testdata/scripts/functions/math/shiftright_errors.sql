-- SHIFTRIGHT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/shiftright
-- (the SHIFTRIGHT section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BIGINT shift count
select shiftright(4, 2L);
-- case: STRING number1
select shiftright('4', 2);
