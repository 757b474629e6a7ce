-- FACTORIAL: https://www.alibabacloud.com/help/en/maxcompute/user-guide/factorial
-- (the FACTORIAL section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- "number: Required. A value of the BIGINT, INT, SMALLINT, or TINYINT type."
-- case: DOUBLE
select factorial(5.0);
-- case: STRING
select factorial('5');
