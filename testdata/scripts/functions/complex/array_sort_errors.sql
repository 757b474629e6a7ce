-- ARRAY_SORT errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-sort
-- case: comparator returns NULL
select array_sort(array(1, 2), (x, y) -> cast(null as bigint));
-- case: comparator returns a string
select array_sort(array(1, 2), (x, y) -> 'a');
-- case: comparator with one parameter
select array_sort(array(1, 2), x -> 0);
