-- ARRAY_CONTAINS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-contains
-- The page's table t_table_array (c1 BIGINT, t_array ARRAY<STRING>).
create table t_table_array (c1 bigint, t_array array<string>);
insert into t_table_array values (1000, array('k11', '86', 'k21', '15')), (1001, array('k12', '97', 'k22', '2')), (1002, array('k13', '99', 'k23', '1'));
-- The page returns false, false, true.
select c1, array_contains(t_array, '1') from t_table_array;
-- The value is converted to the element type.
select array_contains(array(1, 2, 3), 2L), array_contains(array(1.5, 2.5), 2);
-- Complex elements compare member by member.
select array_contains(array(array(1, 2), array(3)), array(3));
-- NULL rules (the page says nothing; mcsql follows Hive): a NULL array gives
-- NULL, and NULL elements never match, so searching for NULL is false.
select array_contains(cast(null as array<int>), 1), array_contains(array(1, null), null), array_contains(array(1, null), 2);
