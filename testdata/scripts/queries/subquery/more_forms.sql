-- More of the SUBQUERY page's statements, beside subquery.sql:
-- https://help.aliyun.com/zh/maxcompute/user-guide/subqueries
-- (English: https://www.alibabacloud.com/help/en/maxcompute/user-guide/subqueries).
-- The page's sample data; its `alter table ... add partition` lines are
-- left out (INSERT ... PARTITION creates the partitions). Row order is not
-- defined by MaxCompute; the page's results are quoted in the comments.
create table if not exists sale_detail
(
shop_name     string,
customer_id   string,
total_price   double
)
partitioned by (sale_date string, region string);
insert into sale_detail partition (sale_date='2013', region='china') values ('s1','c1',100.1),('s2','c2',100.2),('s3','c3',100.3);
insert into sale_detail partition (sale_date='2014', region='shanghai') values ('null','c5',null),('s6','c6',100.4),('s7','c7',100.5);
create table shop as select shop_name,customer_id,total_price from sale_detail;

-- Basic subquery, the English page's syntax 2, "select (<select_statement>)
-- from <table_name>": a subquery in the select list that returns one row
-- of several columns gives those columns, for every row of the outer table
-- (s1 c1 100.1 2013 china six times; the copy of the page read here does
-- not show this statement's result, so it is checked against that rule).
set odps.sql.allow.fullscan=true;
select (select * from sale_detail where shop_name='s1') from sale_detail;

-- IN SUBQUERY, format 1 (the page: s1, s2, s3, s6, s7; the NULL
-- total_price matches nothing).
select * from sale_detail where total_price in (select total_price from shop);

-- NOT IN SUBQUERY beside another condition: "where 中包含 and，所以无法转换为
-- anti join" (the page: s8 c1 100.1).
create table shop1 as select shop_name,customer_id,total_price from sale_detail;
insert into shop1 values ('s8','c1',100.1);
select * from shop1 where shop_name not in (select shop_name from sale_detail) and total_price < 100.3;

-- The page's "假设查询表中有任意一行为NULL，则无数据返回" example. Its result
-- is empty, but its data has no NULL shop_name: 'null' is the four-letter
-- string (sale_detail prints it as null, its NULL total_price as NULL). So
-- NOT IN is TRUE for s8, which no row of sale_detail names, and mcsql
-- returns s8; subquery.sql and edges.sql show the empty result when the
-- subquery does return a NULL.
create table if not exists sale
(
shop_name     string,
customer_id   string,
total_price   double
)
partitioned by (sale_date string, region string);
insert into sale partition (sale_date='2013', region='china') values ('null','null',null),('s2','c2',100.2),('s3','c3',100.3),('s8','c8',100.8);
select * from sale where shop_name not in (select shop_name from sale_detail);

-- EXISTS and NOT EXISTS, and the LEFT SEMI / LEFT ANTI JOIN the page says
-- they are (the page: all six rows; no row).
select * from sale_detail where exists (select * from shop where customer_id = sale_detail.customer_id);
select * from sale_detail a left semi join shop b on a.customer_id = b.customer_id;
select * from sale_detail where not exists (select * from shop where shop_name = sale_detail.shop_name);
select * from sale_detail a left anti join shop b on a.shop_name = b.shop_name;

-- SCALAR SUBQUERY and the LEFT SEMI JOIN over a grouped subquery the page
-- gives as its equivalent (both: the six rows of shop).
select * from shop where (select count(*) from sale_detail where sale_detail.shop_name = shop.shop_name) >= 1;
select shop.* from shop left semi join (select shop_name, count(*) from sale_detail group by shop_name having count(*) >= 1) sale_detail
on shop.shop_name = sale_detail.shop_name;
-- "= 1" is allowed as well.
select * from shop where (select count(*) from sale_detail where sale_detail.shop_name = shop.shop_name) = 1;
