-- ABS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/abs
-- (the ABS section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN is not a number
select abs(true);
-- case: a STRING that is not a number
select abs('x');
-- case: too many arguments
select abs(1, 2);
-- case: BIGINT's most negative value has no absolute value in BIGINT
select abs(cast(-9223372036854775807 as bigint) - 1);
