-- args: --project myproj
-- odpscmd's client statements: WHOAMI, READ, DESC EXTENDED, SHOW CREATE
-- TABLE, EXPLAIN (issue 12 item 8), on the tables of MaxCompute's pages.
--
-- WHOAMI prints odpscmd's Name, End_Point, Project and Schema lines; mcsql's
-- End_Point is the project's warehouse file.
whoami;
-- The partitioned table of "Create and drop tables"
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/table-operations-1).
CREATE TABLE IF NOT EXISTS sale_detail(
  shop_name STRING COMMENT 'shop',
  customer_id STRING,
  total_price DOUBLE)
COMMENT 'sales'
PARTITIONED BY (sale_date STRING, region STRING)
LIFECYCLE 10;
insert into sale_detail partition (sale_date='2013', region='china')
values ('s1', 'c1', 100.1), ('s2', 'c2', 100.2), ('s3', 'c3', 100.3);
insert into sale_detail partition (sale_date='2014', region='shanghai') values ('null', 'c5', null);
-- odpscmd's read, as its `help table;` prints it (MaxCompute client page,
-- https://developer.aliyun.com/ask/215419):
-- read [<project_name>.]<table_name> [(<col_name>[,..])] [PARTITION (<partition_spec>)] [line_num]
-- ten lines unless a count is given.
read sale_detail;
read sale_detail 2;
read sale_detail (shop_name, total_price) partition (sale_date='2013', region='china') 1;
-- A project-qualified name is the project of --project.
read myproj.sale_detail (customer_id) partition (sale_date='2014');
-- DESC and DESC EXTENDED, "DESC TABLE/VIEW"
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/desc-table-or-view):
-- the page's test_table, then the partitioned table.
CREATE TABLE test_table (key STRING);
desc test_table;
desc extended test_table;
desc extended myproj.sale_detail;
-- SHOW CREATE TABLE prints a statement that recreates the table.
show create table sale_detail;
show create table myproj.test_table;
-- EXPLAIN, "EXPLAIN" (https://www.alibabacloud.com/help/en/maxcompute/user-guide/explain):
-- the page's join of src and src1. The tree is mcsql's operators, not
-- MaxCompute's jobs and tasks.
create table src (key bigint, value string);
create table src1 (key bigint, value string);
EXPLAIN
SELECT abs(a.key), b.value FROM src a JOIN src1 b ON a.value = b.value;
explain select region, sum(total_price) as total from sale_detail
where sale_date = '2013' group by region having sum(total_price) > 1 order by total desc limit 5;
explain with big as (select * from sale_detail where total_price > 100)
select distinct shop_name from big union all select value from src1;
-- Every kind of expression and FROM item, as the plan shows them.
@t_var := select 1 as key;
@v := 1;
explain select -a, not b, a like 'x%', a rlike 'y', a is not null, a in (1, 2), a not in (select key from src),
  a between 1 and 2, case when a > 1 then 'big' else 'small' end, case a when 1 then 'one' end, cast(a as string),
  count(distinct a) over (partition by b), exists (select 1), (select max(key) from src), named_struct('x', a).x,
  array(a)[0], transform(array(a), x -> x + 1), @v, date '2024-01-01', timestamp '2024-01-01 00:00:00', json '[1]', null, x'00', 1.5bd, 2l, 1e3, true
from values (1, true) t(a, b) lateral view explode(array(1, 2)) e as n
left join (select 1 as k) s on t.a = s.k
where a = 1 qualify row_number() over (order by a) = 1
order by a limit 1 offset 0;
explain select v.key from @t_var v cross join src left semi join src1 c on c.key = src.key;
explain select * from src natural join src1;
explain select * from src join src1 using (key) distribute by key sort by key;
