-- SHIFTLEFT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/shiftleft
-- (the SHIFTLEFT section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- "If the data type of number2 is not INT, an error is returned."
-- case: BIGINT shift count
select shiftleft(1, 2L);
-- case: DOUBLE number1
select shiftleft(1.5, 2);
