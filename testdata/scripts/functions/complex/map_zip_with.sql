-- MAP_ZIP_WITH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- The function's own page was not found in the stored copies; the catalog's
-- syntax is map<K, V3> map_zip_with(map<K, V1> <input1>, map<K, V2> <input2>,
-- function<K, V1, V2, V3> <func>): for every key of either map (input1's
-- keys first), the lambda of the key and both values, NULL where a map
-- lacks the key, as in Spark.
select map_zip_with(map(1, 1, 2, 2), map(1, 10), (k, v1, v2) -> v1 + v2);
select map_zip_with(map('a', 1), map('b', 'x'), (k, v1, v2) -> concat(k, ':', coalesce(cast(v1 as string), '-'), coalesce(v2, '-')));
select map_zip_with(map(1, 1), cast(null as map<int,int>), (k, a, b) -> a);
