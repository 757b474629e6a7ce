-- MAP_KEYS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- Source: the complex type page's section for this function, read in its Chinese
-- version (https://help.aliyun.com/document_detail/293597.html#section-oaa-81e-cjj) as stored
-- in a public function catalog: syntax, parameters, return rules and the example
-- statement; that copy does not print the example's result, so the result below
-- follows from the documented return rules.
-- Syntax: array<K> map_keys(map<K, V> <a>): the keys as an array; a NULL map
-- gives NULL.
-- The documented example reads table t_table_map (c1 bigint, t_map
-- map<string,bigint>), the table of the MAP_VALUES and EXPLODE examples:
-- [k11, k21], [k12, k22], [k13, k23] in the page's notation.
create table t_table_map (c1 bigint, t_map map<string,bigint>);
insert into t_table_map values (1000, map('k11', 86, 'k21', 15)), (1001, map('k12', 97, 'k22', 2)), (1002, map('k13', 99, 'k23', 1));
select c1, map_keys(t_map) from t_table_map;
select map_keys(map('a', 1, 'b', 2));
select map_keys(map(2, 'x', 1, 'y')), map_keys(cast(null as map<int,int>));
