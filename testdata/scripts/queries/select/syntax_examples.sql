-- More examples of MaxCompute's "SELECT syntax" page, on the page's
-- "Sample data" (two partitions of sale_detail):
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/select-syntax-1
-- (https://help.aliyun.com/document_detail/73777.html). documented.sql holds
-- the page's older one-partition examples. Results noted "page" are the
-- page's; the others were checked by hand.
create table if not exists sale_detail
(shop_name string, customer_id string, total_price double)
partitioned by (sale_date string, region string);
alter table sale_detail add partition (sale_date='2013', region='china') partition (sale_date='2014', region='shanghai');
insert into sale_detail partition (sale_date='2013', region='china') values ('s1','c1',100.1),('s2','c2',100.2),('s3','c3',100.3);
insert into sale_detail partition (sale_date='2014', region='shanghai') values ('null','c5',null),('s6','c6',100.4),('s7','c7',100.5);
set odps.sql.allow.fullscan=true;

-- Column expressions: a regular expression in backquotes picks columns;
-- (sale_date|region)?+.+ is every column but sale_date and region.
select `(sale_date|region)?+.+` from sale_detail;
select `sale.*` from sale_detail;

-- WHERE on partition columns (partition pruning), and BETWEEN.
select * from sale_detail where sale_date >= '2008' and sale_date <= '2014';
select * from sale_detail where sale_date between '2014' and '2015';

-- GROUP BY and HAVING. Page: china 300.6, shanghai 200.9 (groups in no
-- particular order; mcsql keeps the order they first appear).
select region from sale_detail group by region;
select sum(total_price) from sale_detail group by region;
select region, sum(total_price) from sale_detail group by region;
select region as r from sale_detail group by region;
select 2 + total_price as r from sale_detail group by 2 + total_price;
-- GROUP BY may name a SELECT alias.
select region as r from sale_detail group by r;
select 2 + total_price as r from sale_detail group by r;
select region, total_price from sale_detail group by region, total_price;
select region, sum(total_price) from sale_detail group by region having sum(total_price) < 305;

-- ORDER BY ... LIMIT ... OFFSET: NULL sorts first ascending.
select * from sale_detail order by total_price limit 2;
select * from sale_detail order by total_price limit 2 offset 1;

-- DISTRIBUTE BY ... SORT BY. Page: shanghai NULL, china 100.1, china
-- 100.2, china 100.3, shanghai 100.4, shanghai 100.5; and DESC: shanghai
-- 100.5, shanghai 100.4, china 100.3, china 100.2, china 100.1, shanghai
-- NULL (one reducer here, so SORT BY sorts all the rows).
select region, total_price from sale_detail distribute by region sort by total_price;
select region, total_price from sale_detail distribute by region sort by total_price desc;

-- * EXCEPT and * REPLACE.
select * except(region) from sale_detail;
select * replace(total_price * 2 as total_price) from sale_detail where region = 'china';

-- UNION ALL with ORDER BY and LIMIT over the whole union (the UNION page,
-- with odps.sql.type.system.odps2=true). Page: 0, 1, 2.
set odps.sql.type.system.odps2=true;
SELECT explode(array(3, 1)) AS (a) UNION ALL SELECT explode(array(0, 4, 2)) AS (a) ORDER BY a LIMIT 3;
