-- ARRAY_CONTAINS errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-contains
-- case: value of another type
select array_contains(array(1, 2), X'01');
-- case: not an array
select array_contains('abc', 'a');
