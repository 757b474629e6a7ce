-- NEGATIVE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/negative
-- (the NEGATIVE section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: TINYINT overflow
select negative(cast(-128 as tinyint));
-- case: BOOLEAN
select negative(true);
-- case: STRING is not among the documented types
select negative('1');
