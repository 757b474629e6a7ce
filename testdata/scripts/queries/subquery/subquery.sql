-- The SUBQUERY page's statements: https://www.alibabacloud.com/help/en/maxcompute/user-guide/subqueries
-- (Chinese: https://help.aliyun.com/zh/maxcompute/user-guide/subqueries),
-- on its sample data. The page's `alter table ... add partition` line is
-- left out (INSERT ... PARTITION creates the partitions); row order is not
-- defined by MaxCompute.
create table if not exists sale_detail
(
shop_name     string,
customer_id   string,
total_price   double
)
partitioned by (sale_date string, region string);
insert into sale_detail partition (sale_date='2013', region='china') values ('s1','c1',100.1),('s2','c2',100.2),('s3','c3',100.3);
insert into sale_detail partition (sale_date='2014', region='shanghai') values ('null','c5',null),('s6','c6',100.4),('s7','c7',100.5);

-- Basic subquery: a query in FROM is a table.
select * from (select shop_name from sale_detail) a;
create table shop as select shop_name, customer_id, total_price from sale_detail;
select a.shop_name, a.customer_id, a.total_price from
(select * from shop) a join sale_detail on a.shop_name = sale_detail.shop_name;

-- IN SUBQUERY. Inside the subquery, customer_id is shop's own column, so
-- the condition is not correlated: every row whose total_price is not NULL.
select * from sale_detail where total_price in (select total_price from shop where customer_id = shop.customer_id);
-- A correlated IN: the condition reads the outer row (sale_detail.region).
select shop_name from sale_detail where total_price in (select total_price from shop where shop.customer_id = sale_detail.customer_id and sale_detail.region = 'china');

-- NOT IN SUBQUERY.
create table shop1 as select shop_name, customer_id, total_price from sale_detail;
insert into shop1 values ('s8','c1',100.1);
select * from shop1 where shop_name not in (select shop_name from sale_detail);
-- Correlated: only the shops of the same customer count.
select * from shop1 where shop_name not in (select shop_name from sale_detail where customer_id = shop1.customer_id);
-- A NULL among the subquery's values makes NOT IN NULL for every row that
-- matches none, so no row is returned (unlike LEFT ANTI JOIN).
select * from shop1 where shop_name not in (select cast(null as string) union all select shop_name from sale_detail);

-- EXISTS SUBQUERY / NOT EXISTS SUBQUERY.
select * from sale_detail where exists (select * from shop where customer_id = sale_detail.customer_id);
select * from sale_detail where not exists (select * from shop where shop_name = sale_detail.shop_name);
select * from shop1 where not exists (select * from sale_detail where shop_name = shop1.shop_name);

-- SCALAR SUBQUERY: one value, in WHERE, in the select list, in HAVING.
select * from shop where (select count(*) from sale_detail where sale_detail.shop_name = shop.shop_name) >= 1;
select shop_name, (select max(total_price) from sale_detail where customer_id = shop1.customer_id) as top from shop1;
select customer_id, count(*) as n from shop1 group by customer_id
having count(*) > (select count(*) from sale_detail where customer_id = shop1.customer_id);
