-- NAMED_STRUCT errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/struct-data-type
-- case: odd arguments
select named_struct('a');
-- case: name not constant
select named_struct(n, 1) from values ('a') as t(n);
-- case: name not a string
select named_struct(1, 1);
-- case: duplicate field
select named_struct('a', 1, 'A', 2);
