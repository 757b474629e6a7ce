-- MAP_FILTER: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- Source: the complex type page's section for this function, read in its Chinese
-- version (https://help.aliyun.com/document_detail/293597.html#section-si5-t2f-qkn) as stored
-- in a public function catalog: syntax, parameters, return rules and the example
-- statement; that copy does not print the example's result, so the result below
-- follows from the documented return rules.
-- Syntax: map<K, V> map_filter(map<K, V> <input>, function<K, V, boolean>
-- <predicate>): keeps the entries that satisfy the predicate, whose two
-- parameters are the key and the value. An entry whose predicate is NULL is
-- dropped (as in Spark and Presto).
-- The documented example: {20:50, -30:100} in the page's notation
-- (10+-20 = -10 and 21+NULL = NULL are dropped).
select map_filter(map(10, -20, 20, 50, -30, 100, 21, null), (k, v) -> (k+v) > 10);
select map_filter(map(1, 0, 2, 2, 3, -1), (k, v) -> k > v);
select map_filter(map('k1', 20, 'k2', 3, 'k3', 15), (k, v) -> v > 10);
select map_filter(map(10, 'a', 20, null, 30, 'c'), (k, v) -> v is not null);
select map_filter(cast(null as map<int,int>), (k, v) -> true);
