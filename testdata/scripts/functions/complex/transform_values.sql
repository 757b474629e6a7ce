-- TRANSFORM_VALUES: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- The function's own page was not found in the stored copies; the catalog's
-- syntax is map<K, V2> transform_values(map<K, V1> <input>, function<K, V1,
-- V2> <func>): each value replaced by the lambda of the key and value.
select transform_values(map(1, 1, 2, 2), (k, v) -> k + v);
select transform_values(map('a', 1, 'b', 2), (k, v) -> concat(k, cast(v * 10 as string)));
select transform_values(cast(null as map<int,int>), (k, v) -> v);
