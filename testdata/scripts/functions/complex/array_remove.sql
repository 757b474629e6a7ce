-- ARRAY_REMOVE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-remove
-- Remove 1 from array(3, 2, 1). Returns [3,2].
select array_remove(array(3, 2, 1), 1);
-- Pass null as the element to remove. Returns null.
select array_remove(array(3, 1, null), null);
-- Remove 2 from array(3, 1, null), where 2 is not present. Returns [3,1,null].
select array_remove(array(3, 1, null), 2);
-- Every equal element goes.
select array_remove(array('a', 'b', 'a'), 'a');
