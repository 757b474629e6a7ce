-- MAP_FILTER: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- The function's own page was not found in the stored copies; the catalog's
-- syntax is map<K, V> map_filter(map<K, V> <input>, function<K, V, boolean>
-- <predicate>): the entries for which the lambda is true (a NULL result
-- drops the entry), as in Spark and Presto.
select map_filter(map(1, 0, 2, 2, 3, -1), (k, v) -> k > v);
select map_filter(map('k1', 20, 'k2', 3, 'k3', 15), (k, v) -> v > 10);
select map_filter(map(10, 'a', 20, null, 30, 'c'), (k, v) -> v is not null);
select map_filter(cast(null as map<int,int>), (k, v) -> true);
