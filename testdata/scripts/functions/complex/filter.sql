-- FILTER: https://www.alibabacloud.com/help/en/maxcompute/user-guide/filter
-- Lambdas: https://www.alibabacloud.com/help/en/maxcompute/user-guide/lambda-expression
-- The return value is [2, 3].
select filter(array(1, 2, 3), x -> x > 1);
-- A NULL predicate drops the element; elements may be tested for NULL.
select filter(array(5, null, 7), x -> x > 6), filter(array(5, null, 7), x -> x is not null);
-- Strings, and an outer column in the lambda.
select filter(array('apple', 'kiwi', 'banana'), s -> length(s) > n) from values (4), (5) as t(n);
-- Empty and NULL arrays.
select filter(cast(array() as array<int>), x -> true), filter(cast(null as array<int>), x -> true);
