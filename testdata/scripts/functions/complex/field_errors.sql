-- FIELD errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- case: unknown field
select field(named_struct('a', 1), 'b');
-- case: name is not constant
select field(named_struct('a', 1), n) from values ('a') as t(n);
-- case: not a struct
select field(1, 'a');
