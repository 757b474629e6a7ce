-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/explode
-- Example 1: t_table_map (c1 BIGINT, t_map MAP<STRING,BIGINT>).
create table t_table_map (c1 bigint, t_map map<string,bigint>);
insert into t_table_map values (1000, map('k11', 86, 'k21', 15)), (1001, map('k12', 97, 'k22', 2)), (1002, map('k13', 99, 'k23', 1));
-- key value: k11 86, k21 15, k12 97, k22 2, k13 99, k23 1
select explode(t_map) from t_table_map;
-- Example 2: no row for the NULL array; the NULL elements of the others are rows.
create table explod_array (arr array<string>);
insert into table explod_array values (array('1','2','3',null,'agb')), (array('1','2','3',null,'ag')), (null);
select * from explod_array;
-- 1, 2, 3, NULL, agb, 1, 2, 3, NULL, ag
select explode(arr) as arr from explod_array;
-- The default column of an array is col.
select explode(array(10, 20));
-- An empty array and a NULL array give no row; so does an empty map.
select explode(array()) as (x);
select explode(cast(null as array<int>));
select explode(map_filter(map(1, 2), (k, v) -> false)) as (k, v);
-- AS (...) renames; a STRUCT element stays whole.
select explode(array(named_struct('a', 1), named_struct('a', 2))) as (s);
-- WHERE filters the rows before they are exploded; ORDER BY sorts the output.
select explode(arr) as (e) from explod_array where arr[4] = 'ag' order by e desc;
