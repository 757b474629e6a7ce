-- ARRAY_INTERSECT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-intersect
-- The return value is [1,3].
select array_intersect(array(1, 2, 3), array(1, 3, 5));
-- The return value is [20,30,null].
select array_intersect(array(10, 20, 20, 30, 30, null, null), array(30, 30, 20, 20, 40, null, null));
-- [20]: duplicates collapse.
select array_intersect(array(20, 20), array(20, 20, 20));
-- NULL input gives NULL.
select array_intersect(array(1), null);
