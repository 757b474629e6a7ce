-- ARRAY_EXCEPT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-except
-- The return value is [5].
select array_except(array(1, 1, 3, 3, 5, 5), array(1, 1, 2, 2, 3, 3));
-- The return value is [5,null].
select array_except(array(1, 1, 3, 3, 5, 5, null, null), array(1, 1, 2, 2, 3, 3));
-- The return value is [2,1].
select array_except(array(2, 1, 1, 2), cast(array() as array<int>));
-- The return value is [].
select array_except(cast(array() as array<int>), cast(array() as array<int>));
-- NULL in b removes NULL from a.
select array_except(array(1, null), array(null));
-- Element types widen to their common type.
select array_except(array(1, 2), array(2L));
-- NULL arrays.
select array_except(array(1), null), array_except(null, array(1));
