-- MAP_FROM_ARRAYS errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/map-from-arrays
-- case: NULL key
select map_from_arrays(array(1, null), array('a', 'b'));
-- case: different lengths
select map_from_arrays(array(1, 2), array('a'));
-- case: duplicate key under exception
select map_from_arrays('exception', array(1, 1), array('a', 'b'));
