-- ROUND: https://www.alibabacloud.com/help/en/maxcompute/user-guide/round
-- (the ROUND section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- "If the value of decimal_places is not of the BIGINT type, an error is returned."
-- case: DOUBLE decimal_places
select round(1.5, 1.0);
-- case: STRING decimal_places
select round(1.5, '1');
-- case: BOOLEAN number
select round(true);
-- case: three arguments
select round(1.5, 1, 1);
