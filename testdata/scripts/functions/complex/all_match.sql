-- ALL_MATCH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/all-match
-- Lambdas: https://www.alibabacloud.com/help/en/maxcompute/user-guide/lambda-expression
-- The return value is true.
select all_match(array(4, 5, 6), x -> x>3);
-- The return value is true (empty array).
select all_match(array(), x -> x>3);
-- The return value is false.
select all_match(array(1, 2, -10, 100, -30), x -> x>3);
-- The return value is null: the predicate is NULL for the NULL element and true for the rest.
select all_match(array(10, 100, 30, null), x -> x>3);
-- A false decides even next to a NULL.
select all_match(array(1, null), x -> x > 3);
-- NULL array.
select all_match(cast(null as array<int>), x -> x > 3);
-- The lambda may read outer columns.
select all_match(a, x -> x > lo) from values (array(5, 6), 4), (array(5, 6), 5) as t(a, lo);
