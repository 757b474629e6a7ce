-- The examples of MaxCompute's "SELECT statement order" page (also titled
-- "Sequence for executing clauses in a SELECT statement"):
-- https://www.alibabacloud.com/help/en/maxcompute/select-execution-order
-- (https://www.alibabacloud.com/help/doc-detail/73780.html). A SELECT may be
-- written in execution order, FROM first; both forms give the same result.
-- The table and rows are the page's "Sample data".
create table if not exists sale_detail
(shop_name string, customer_id string, total_price double)
partitioned by (sale_date string, region string);
alter table sale_detail add partition (sale_date='2013', region='china') partition (sale_date='2014', region='shanghai');
insert into sale_detail partition (sale_date='2013', region='china') values ('s1','c1',100.1),('s2','c2',100.2),('s3','c3',100.3);
insert into sale_detail partition (sale_date='2014', region='shanghai') values ('null','c5',null),('s6','c6',100.4),('s7','c7',100.5);
set odps.sql.allow.fullscan=true;

-- Sequence 1 (FROM > WHERE > GROUP BY > HAVING > SELECT > ORDER BY >
-- LIMIT). Page: one row, china | 100.3 (shanghai's sum is 200.9).
select region, max(total_price) from sale_detail
where total_price > 100
group by region
having sum(total_price) > 300.5
order by region
limit 5;
from sale_detail
where total_price > 100
group by region
having sum(total_price) > 300.5
select region, max(total_price)
order by region
limit 5;

-- Sequence 2 (FROM > WHERE > SELECT > DISTRIBUTE BY > SORT BY). Page:
-- s3 100.3 china, s6 100.4 shanghai, s7 100.5 shanghai.
select shop_name, total_price, region from sale_detail
where total_price > 100.2
distribute by region
sort by total_price;
from sale_detail
where total_price > 100.2
select shop_name, total_price, region
distribute by region
sort by total_price;

-- Beyond the page: FROM first with DISTINCT, a join, a hint, in a
-- subquery, a CTE and a set operation, and without WHERE.
from sale_detail select distinct region order by region limit 10;
from sale_detail a join sale_detail b on a.shop_name = b.shop_name where a.region = 'china'
select /*+ mapjoin(b) */ a.shop_name, b.total_price order by a.shop_name limit 10;
select count(*) from (from sale_detail where total_price is null select shop_name) t;
with t as (from sale_detail where total_price > 100.3 select region, total_price)
from t group by region select region, sum(total_price) order by region limit 10;
from sale_detail where region = 'china' select shop_name
union all
from sale_detail where total_price > 100.4 select shop_name;
-- FROM first wherever a query goes: a table variable, CREATE TABLE AS, IN,
-- a scalar subquery and EXISTS.
@v := from sale_detail where total_price > 100.4 select shop_name;
select * from @v;
create table ctas_from_first as from sale_detail where region = 'china' select shop_name, total_price * 2 as twice;
select * from ctas_from_first;
select shop_name from sale_detail where shop_name in (from sale_detail where total_price < 100.2 select shop_name);
select (from sale_detail select max(total_price)), exists(from sale_detail where region = 'china' select 1);

-- The page's execution-order form also takes WINDOW and QUALIFY between
-- HAVING and SELECT. No documented result: the first row of each region
-- by price (s1 100.1 in china; shanghai's NULL price sorts first, so
-- 'null' with a NULL price).
FROM sale_detail
WHERE total_price > 100 or total_price is null
WINDOW w AS (PARTITION BY region ORDER BY total_price)
QUALIFY row_number() OVER w = 1
SELECT region, shop_name, total_price;
