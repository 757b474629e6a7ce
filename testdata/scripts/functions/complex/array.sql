-- ARRAY: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array
-- The page's table t_table (c1 BIGINT, c2 STRING, c3 STRING, c4 BIGINT, c5 BIGINT).
create table t_table (c1 bigint, c2 string, c3 string, c4 bigint, c5 bigint);
insert into t_table values (1000, 'k11', 'k21', 86, 15), (1001, 'k12', 'k22', 97, 2), (1002, 'k13', 'k23', 99, 1);
-- The page returns [k11, 86, k21, 15], [k12, 97, k22, 2], [k13, 99, k23, 1]:
-- the elements become STRING.
select array(c2, c4, c3, c5) from t_table;
-- Numbers of different types widen to their common type.
select array(1, 2.5, 3L);
-- array() is the empty array (the ALL_MATCH and ARRAY_DISTINCT pages use it).
select array(), size(array());
-- NULL elements.
select array(1, null, 3), array(null);
