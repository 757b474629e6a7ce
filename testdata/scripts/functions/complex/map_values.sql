-- MAP_VALUES: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- The function's own page was not found in the stored copies; the catalog's
-- syntax is array map_values(map<K, V> <a>): the values in the map's order,
-- NULL for a NULL map.
select map_values(map('a', 1, 'b', 2));
select map_values(map('a', null, 'b', 'y')), map_values(cast(null as map<int,int>));
