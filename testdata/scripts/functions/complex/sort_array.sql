-- SORT_ARRAY: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sort-array
-- Example 1: the page's table t_array.
create table t_array (c1 array<string>, c2 array<int>, c3 array<string>);
insert into t_array values (array('a', 'c', 'f', 'b'), array(4, 5, 7, 2, 5, 8), array('You', 'Me', 'Him'));
-- Returns [a, b, c, f] [2, 4, 5, 5, 7, 8] [Him, Me, You].
select sort_array(c1), sort_array(c2), sort_array(c3) from t_array;
-- Example 2: Returns [null, 10, 20, 30, 30, 40, 50].
select sort_array(array(10, 20, 40, 30, 30, null, 50));
-- Example 3: Returns [50, 40, 30, 30, 20, 10, null].
select sort_array(array(10, 20, 40, 30, 30, null, 50), false);
-- Doubles numerically, dates chronologically; NULL array.
select sort_array(array(2.5, -1.0, 10.0)), sort_array(array(date '2024-03-01', date '2023-12-31')), sort_array(cast(null as array<int>));
