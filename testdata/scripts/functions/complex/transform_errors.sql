-- TRANSFORM and lambda errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/lambda-expression
-- case: lambda outside a function argument
select x -> x + 1;
-- case: lambda given to a function that takes none
select abs(x -> x);
-- case: too many lambda parameters
select transform(array(1), (x, y, z) -> x);
-- case: lambda parameter declared twice
select transform(array(1), (x, x) -> x);
-- case: unknown name in the body
select transform(array(1), x -> y);
-- case: type error in the body
select transform(array(1), x -> x + X'01');
-- case: subquery in a lambda (the page: not supported)
select transform(array(1), x -> x + (select 1));
-- case: aggregate in a lambda (the page: not supported)
select transform(array(1), x -> max(x));
-- case: no lambda
select transform(array(1), 1);
-- case: error inside the lambda at run time
select transform(array('a'), x -> unhex(x));
