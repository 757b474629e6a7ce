-- POW: https://www.alibabacloud.com/help/en/maxcompute/user-guide/pow
-- (the POW section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- "If the data exceeds the value range of a data type, an error is returned" (data type editions page).
-- case: overflow
select pow(10, 400);
-- case: one argument
select pow(2);
