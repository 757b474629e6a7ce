-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/trans-cols
create table t_table (login_id string, login_ip1 string, login_ip2 string);
insert into table t_table values ('wangwangA', '192.168.0.1', '192.168.0.2'), ('wangwangB', '192.168.45.10', '192.168.67.22');
-- The page's row (wangwangA), and one more.
-- idx login_id login_ip: 1 wangwangA 192.168.0.1, 2 wangwangA 192.168.0.2,
-- 1 wangwangB 192.168.45.10, 2 wangwangB 192.168.67.22
select trans_cols(1, login_id, login_ip1, login_ip2) as (idx, login_id, login_ip) from t_table;
-- The page: when every column is a key, one row (mcsql: index 1 and the keys).
select trans_cols(2, 'a', 'b') as (idx, k1, k2);
-- No keys; NULL values are rows; the value column has the common type.
select trans_cols(0, 1, null, 2.5) as (idx, v);
-- The default names: idx, then c1, c2, ...
select trans_cols(1, 'k', 'x', 'y');
