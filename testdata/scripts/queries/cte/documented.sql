-- The example of MaxCompute's "Common table expressions (CTE)" page:
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/common-table-expressions
-- (also https://www.alibabacloud.com/help/doc-detail/73788.htm). The page
-- shows the statement without CTEs and its rewrite with them, but no data
-- and no result; both forms run here on small tables and must write the
-- same rows into srcp.
create table src (key bigint, value bigint);
create table src2 (key bigint, value bigint);
create table src3 (key bigint, value bigint);
create table srcp (key bigint, value bigint) partitioned by (p string);
insert into src values (1, 10), (2, 20), (3, 30), (null, 40);
insert into src2 values (1, 100), (2, -1), (3, 300), (5, 500);
insert into src3 values (1, 1000), (3, -3), (4, 4000);

-- Without CTEs: the subquery on src is written twice.
insert overwrite table srcp partition (p='abc')
select * from (
    select a.key, b.value
    from (
        select * from src where key is not null    ) a
    join (
        select * from src2 where value > 0    ) b
    on a.key = b.key
) c
union all
select * from (
    select a.key, b.value
    from (
        select * from src where key is not null    ) a
    left outer join (
        select * from src3 where value > 0    ) b
    on a.key = b.key and b.key is not null
)d;
select key, value, p from srcp order by key, value limit 100;

-- With CTEs, as the page rewrites it: the same rows.
with
  a as (select * from src where key is not null),
  b as (select  * from src2 where value > 0),
  c as (select * from src3 where value > 0),
  d as (select a.key, b.value from a join b on a.key = b.key),
  e as (select a.key, c.value from a left outer join c on a.key = c.key and c.key is not null)
insert overwrite table srcp partition (p='abc')
select * from d union all select * from e;
select key, value, p from srcp order by key, value limit 100;
