-- ARRAY_UNION: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-union
-- (examples read from the page's Japanese version, https://www.alibabacloud.com/help/ja/maxcompute/user-guide/array-union)
-- The return value is [1,2,3,5].
select array_union(array(1, 2, 3), array(1, 3, 5));
-- The return value is null.
select array_union(array(1, 2, 3), null);
-- Duplicates within either array collapse; NULL is a value.
select array_union(array(1, 1, null), array(null, 2, 2));
