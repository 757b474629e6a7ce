-- SLICE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/slice
-- (examples read from the page's Japanese version, https://www.alibabacloud.com/help/ja/maxcompute/user-guide/slice;
-- start counts from 1, a negative start from the end, length must be >= 0)
-- The return value is [10, 20, 20].
select slice(array(10, 20, 20, null, null, 30), 1, 3);
-- The return value is [null, 30].
select slice(array(10, 20, 20, null, null, 30), -2, 2);
-- The return value is [20, null, null, 30].
select slice(array(10, 20, 20, null, null, 30), 3, 10);
-- The return value is [].
select slice(array(10, 20, 20, null, null, 30), 3, 0);
-- Starts beyond either end give an empty array; NULL arguments give NULL.
select slice(array(1, 2), 5, 1), slice(array(1, 2), -5, 1), slice(array(1, 2), null, 1), slice(cast(null as array<int>), 1, 1);
