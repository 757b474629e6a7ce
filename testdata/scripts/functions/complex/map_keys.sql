-- MAP_KEYS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- The function's own page was not found in the stored copies; the catalog's
-- syntax is array map_keys(map<K, V> <a>): the keys in the map's order, NULL
-- for a NULL map.
select map_keys(map('a', 1, 'b', 2));
select map_keys(map(2, 'x', 1, 'y')), map_keys(cast(null as map<int,int>));
