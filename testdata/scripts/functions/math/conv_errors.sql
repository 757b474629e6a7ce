-- CONV: https://www.alibabacloud.com/help/en/maxcompute/user-guide/conv
-- (the CONV section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- "The radix value must be a decimal integer of 2, 8, 10, or 16. Implicit type conversion is not supported."
-- case: base 3
select conv('12', 3, 10);
-- case: base 36
select conv('12', 10, 36);
-- case: a DOUBLE base
select conv('12', 10.0, 2);
-- case: a STRING base
select conv('12', '10', 2);
