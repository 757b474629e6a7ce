-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/trans-array
create table t_table (login_id string, login_ip string, login_time string);
insert into table t_table values ('wangwangA','192.168.0.1,192.168.0.2','20120101010000,20120102010000'),
  ('wangwangB','192.168.45.10,192.168.67.22,192.168.6.3','20120111010000,20120112010000,20120223080000');
-- login_id login_ip login_time: wangwangA 192.168.0.1 20120101010000, wangwangA 192.168.0.2 20120102010000,
-- wangwangB 192.168.45.10 20120111010000, wangwangB 192.168.67.22 20120112010000, wangwangB 192.168.6.3 20120223080000
-- (the page lists wangwangB first: row order across input rows is not defined).
select trans_array(1, ",", login_id, login_ip, login_time) as (login_id,login_ip,login_time) from t_table;
-- The page: a shorter array is padded with NULL.
-- wangwangA 192.168.0.1 20120101010000, wangwangA 192.168.0.2 NULL
select trans_array(1, ",", login_id, login_ip, login_time) as (login_id,login_ip,login_time)
  from values ('wangwangA','192.168.0.1,192.168.0.2','20120101010000') t(login_id, login_ip, login_time);
-- The page: when every column is a key, one row.
select trans_array(2, ",", 'a', 'b,c') as (k1, k2);
-- Keys keep their types; a NULL column contributes no element; empty parts are kept.
select trans_array(1, ';', 7, 'x;;y', null) as (k, a, b);
select trans_array(0, '|', 'a|b', 'c') as (x, y);
-- The separator is plain text, not a regular expression.
select trans_array(0, '.', 'a.b.c') as (x);
