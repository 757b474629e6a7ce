-- MAP_ZIP_WITH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- Source: the complex type page's section for this function, read in its Chinese
-- version (https://help.aliyun.com/document_detail/293597.html#section-oin-kzh-1ic) as stored
-- in a public function catalog: syntax, parameters, return rules and the example
-- statement; that copy does not print the example's result, so the result below
-- follows from the documented return rules.
-- Syntax: map<K, V3> map_zip_with(map<K, V1> <input1>, map<K, V2> <input2>,
-- function<K, V1, V2, V3> <func>): the keys of both maps (input1's first),
-- each with func(key, input1's value, input2's value); a value missing from
-- one map is passed as NULL.
-- The documented example: {1:[1, 1, 4], 2:[2, 2, 5], 3:[3, NULL, NULL],
-- 4:[4, NULL, 7]} in the page's notation.
select map_zip_with(map(1, 1, 2, 2, 3, null), map(1, 4, 2, 5, 4, 7), (k, v1, v2) -> array(k, v1, v2));
select map_zip_with(map(1, 1, 2, 2), map(1, 10), (k, v1, v2) -> v1 + v2);
select map_zip_with(map('a', 1), map('b', 'x'), (k, v1, v2) -> concat(k, ':', coalesce(cast(v1 as string), '-'), coalesce(v2, '-')));
select map_zip_with(map(1, 1), cast(null as map<int,int>), (k, a, b) -> a);
