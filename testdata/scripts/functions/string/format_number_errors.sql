-- FORMAT_NUMBER errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/format-number
-- The page: expr2 < 0 or expr2 > 340 is an error.
-- case: negative decimals
select format_number(1.5, -1);
-- case: more than 340 decimals
select format_number(1.5, 341);
-- case: a string that is not a number
select format_number('abc', 2);
-- case: a pattern without digits
select format_number(1.5, 'abc');
