-- MAP: https://www.alibabacloud.com/help/en/maxcompute/user-guide/map
-- Example 1: the page's table t_table, no duplicate keys.
create table t_table (c1 bigint, c2 string, c3 string, c4 bigint, c5 bigint);
insert into t_table values (1000, 'k11', 'k21', 86, 15), (1001, 'k12', 'k22', 97, 2), (1002, 'k13', 'k23', 99, 1);
-- {k11:86, k21:15} {k12:97, k22:2} {k13:99, k23:1}
select map(c2, c4, c3, c5) from t_table;
-- Example 2: duplicate keys; the default policy last_win keeps the last value.
create table t_dup (c1 bigint, c2 string, c3 string, c4 bigint, c5 bigint);
insert into t_dup values (1000, 'k11', 'k11', 86, 15), (1001, 'k12', 'k22', 97, 2), (1002, 'k13', 'k23', 99, 1), (1003, 'k13', 'k24', 100, 1), (1004, 'k12', 'k25', 95, 1);
-- {'k11':15} {'k12':97, 'k22':2} {'k13':99, 'k23':1} {'k13':100, 'k24':1} {'k12':95, 'k25':1}
select map(c2, c4, c3, c5) from t_dup;
-- NULL values are allowed.
select map('a', null, 'b', 2);
