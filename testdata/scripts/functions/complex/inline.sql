-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/inline
-- The page's example: t_table (t_struct STRUCT<user_id:BIGINT,user_name:STRING,married:STRING,weight:DOUBLE>).
create table t_table (t_struct struct<user_id:bigint,user_name:string,married:string,weight:double>);
insert into t_table values (named_struct('user_id', 10001L, 'user_name', 'LiLei', 'married', 'N', 'weight', 63.5)),
  (named_struct('user_id', 10002L, 'user_name', 'HanMeiMei', 'married', 'Y', 'weight', 43.5));
select * from t_table;
-- user_id user_name married weight: 10001 LiLei N 63.5, 10002 HanMeiMei Y 43.5
select inline(array(t_struct)) from t_table;
-- STRUCT(...)'s fields are col1, col2, ...: A 10 2015-01-01, B 20 2016-02-02
select inline(array(
    struct('A',10,date '2015-01-01'),
    struct('B',20,date '2016-02-02')));
-- The columns are named as the STRUCT fields; AS (...) renames them.
select inline(array(named_struct('id', 1, 'name', 'x'), named_struct('id', 2, 'name', 'y')));
select inline(array(struct(1, 'a'))) as (n, s);
-- A NULL STRUCT is a row of NULLs; a NULL or empty array gives no row.
select inline(array(named_struct('a', 1, 'b', 'x'), null)) as (a, b);
select inline(cast(null as array<struct<a:int>>)) as (a);
-- In a LATERAL VIEW.
select t.k, s.id, s.name from values ('k1', array(named_struct('id', 1, 'name', 'x'), named_struct('id', 2, 'name', 'y'))) t(k, arr) lateral view inline(arr) s as id, name;
