-- ALL_MATCH errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/all-match
-- case: predicate is not BOOLEAN
select all_match(array(1, 2), x -> x + 1);
-- case: lambda with two parameters
select all_match(array(1, 2), (x, y) -> x > y);
-- case: no lambda
select all_match(array(1, 2), true);
-- case: not an array
select all_match(1, x -> x > 0);
