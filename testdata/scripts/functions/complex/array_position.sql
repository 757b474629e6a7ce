-- ARRAY_POSITION: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-position
-- Returns 3
SELECT array_position(array(3, 2, 1), 1);
-- Returns null
SELECT array_position(array(3, 1, null), null);
-- 0 when absent; the first occurrence counts.
select array_position(array(3, 2, 1), 5), array_position(array('a', 'b', 'a'), 'a');
-- NULL array.
select array_position(cast(null as array<int>), 1);
