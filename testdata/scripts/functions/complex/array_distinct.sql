-- ARRAY_DISTINCT: https://www.alibabacloud.com/help/en/maxcompute/latest/array-distinct
-- The return value is [10,20,30].
select array_distinct(array(10, 20, 30, 30, 20, 10));
-- The return value is [10,20,null,30].
select array_distinct(array(10, 20, 20, null, null, 30, 20, null));
-- The return value is [].
select array_distinct(array());
-- Strings compare bytewise, doubles numerically.
select array_distinct(array('a', 'A', 'a')), array_distinct(array(1.0, 1, 2.50, 2.5));
-- NULL array.
select array_distinct(cast(null as array<string>));
