-- ARRAY_REDUCE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-reduce
-- case: NULL init has no type
select array_reduce(array(1), null, (b, x) -> x, b -> b);
-- case: merge returns another type
select array_reduce(array(1), 0, (b, x) -> 'a', b -> b);
-- case: merge with one parameter
select array_reduce(array(1), 0, b -> b, b -> b);
-- case: three arguments
select array_reduce(array(1), 0, (b, x) -> b + x);
