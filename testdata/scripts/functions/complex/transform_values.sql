-- TRANSFORM_VALUES: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- Source: the complex type page's section for this function, read in its Chinese
-- version (https://help.aliyun.com/document_detail/293597.html#section-pmk-9wz-mtt) as stored
-- in a public function catalog: syntax, parameters, return rules and the example
-- statement; that copy does not print the example's result, so the result below
-- follows from the documented return rules.
-- Syntax: map<K, V2> transform_values(map<K, V1> <input>, function<K, V1, V2>
-- <func>): keeps the keys and computes each new value with func(key, value).
-- The documented example: {10:-10, 20:NULL, -30:71} in the page's notation
-- (20 + NULL is NULL).
select transform_values(map(10, -20, 20, null, -30, 101), (k, v) -> k + v);
select transform_values(map(1, 1, 2, 2), (k, v) -> k + v);
select transform_values(map('a', 1, 'b', 2), (k, v) -> concat(k, cast(v * 10 as string)));
select transform_values(cast(null as map<int,int>), (k, v) -> v);
