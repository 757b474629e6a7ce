-- MAP_FILTER errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- case: predicate is not BOOLEAN
select map_filter(map(1, 2), (k, v) -> k + v);
-- case: not a map
select map_filter(array(1), (k, v) -> true);
