-- STACK errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/stack
-- The page: the number of values must be a multiple of n, else an error.
-- case: not a multiple of n
select stack(2, 1, 2, 3);
-- case: fewer values than rows
select stack(3, 'a');
-- case: no values
select stack(2);
-- case: row count not constant
select stack(a, 1, 2) from values (1) t(a);
-- case: row count zero
select stack(0, 1, 2);
-- case: row count a string
select stack('2', 1, 2);
-- case: a column without a common type
select stack(2, 1, array(1));
