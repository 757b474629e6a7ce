-- MAP_VALUES: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- Source: the complex type page's section for this function, read in its Chinese
-- version (https://help.aliyun.com/document_detail/293597.html#section-0dq-ltn-r7e) as stored
-- in a public function catalog: syntax, parameters, return rules and the example
-- statement; that copy does not print the example's result, so the result below
-- follows from the documented return rules.
-- Syntax: array<V> map_values(map<K, V> <a>): the values as an array; a NULL
-- map gives NULL.
-- The documented example reads table t_table_map (c1 bigint, t_map
-- map<string,bigint>): [86, 15], [97, 2], [99, 1] in the page's notation.
create table t_table_map (c1 bigint, t_map map<string,bigint>);
insert into t_table_map values (1000, map('k11', 86, 'k21', 15)), (1001, map('k12', 97, 'k22', 2)), (1002, map('k13', 99, 'k23', 1));
select c1,map_values(t_map) from t_table_map;
-- The older English page (MaxCompute "Other functions", MAP_VALUES section)
-- documents: [123, 456].
select map_values(map('a',123,'b',456));
select map_values(map('a', 1, 'b', 2));
select map_values(map('a', null, 'b', 'y')), map_values(cast(null as map<int,int>));
