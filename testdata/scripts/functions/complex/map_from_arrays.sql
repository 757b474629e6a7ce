-- MAP_FROM_ARRAYS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/map-from-arrays
-- The page returns {1:2, 3:4}: the keys are DOUBLE (1.0, 3.0), which mcsql prints as 1.0 and 3.0.
select map_from_arrays(array(1.0, 3.0), array('2', '4'));
-- The page returns {1:2, 3:6}.
select map_from_arrays('last_win', array(1.0, 3.0, 3), array('2', '4', '6'));
-- If Array a or Array b is null, null is returned.
select map_from_arrays(array(1), null), map_from_arrays(null, array(1));
