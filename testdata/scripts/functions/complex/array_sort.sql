-- ARRAY_SORT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-sort
-- Example 1: [1,5,6]
SELECT array_sort(array(5, 6, 1),
                  (left, right) ->
                    CASE
                      WHEN left < right THEN -1L
                      WHEN left > right THEN  1L
                      ELSE 0L
                    END
                 );
-- Structs sorted by a field of the parameters.
select array_sort(a, (a, b) -> case when a.a > b.a then 1L when a.a = b.a then 0L else -1L end)
from values (array(named_struct('a', 3, 'b', 'x'), named_struct('a', 1, 'b', 'y'), named_struct('a', 2, 'b', 'z'))) as t(a);
-- Descending, with an INT comparator; equal elements keep their order.
select array_sort(array('bb', 'a', 'cc', 'd'), (x, y) -> length(y) - length(x));
-- NULL array.
select array_sort(cast(null as array<int>), (x, y) -> 0);
