-- Examples of MaxCompute's "SELECT syntax" page:
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/select-syntax-1
-- (https://help.aliyun.com/document_detail/73777.html, the version that
-- lists the column expressions, ORDER BY | DISTRIBUTE BY | SORT BY and
-- LIMIT). The page shows results only for DISTINCT; the data below is
-- made to match them (one partition, region shanghai, sale_date 20191110).
-- The page submits this flag with queries that scan a whole partitioned table.
set odps.sql.allow.fullscan=true;
create table if not exists sale_detail (shop_name string, customer_id string, total_price double)
partitioned by (sale_date string, region string);
insert into sale_detail partition (sale_date='20191110', region='shanghai')
values ('hang_a', 'c1', 100.1), ('bei_b', 'c2', 100.2), ('hang_c', 'c3', 100.3);

-- Column expressions.
SELECT shop_name FROM sale_detail;
SELECT * FROM sale_detail;
SELECT * FROM sale_detail WHERE shop_name LIKE 'hang%';

-- DISTINCT. Page: shanghai; then shanghai, 20191110.
SELECT DISTINCT region FROM sale_detail;
SELECT DISTINCT region, sale_date FROM sale_detail;

-- A nested query as the table.
SELECT * FROM (SELECT region FROM sale_detail) t WHERE region = 'shanghai';

-- ORDER BY, with column aliases.
SELECT * FROM sale_detail ORDER BY region LIMIT 100;
SELECT region AS r FROM sale_detail ORDER BY region LIMIT 100;
SELECT region AS r FROM sale_detail ORDER BY r LIMIT 100;
SELECT shop_name FROM sale_detail ORDER BY shop_name DESC LIMIT 2;

-- hive.orderby.position.alias: ORDER BY 2 is ORDER BY value.
set hive.orderby.position.alias=true;
create table src (key bigint, value bigint);
insert into src select a.d * 10 + b.d, 100 - (a.d * 10 + b.d)
from values (0), (1), (2), (3) a(d) cross join values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9) b(d);
SELECT * FROM src ORDER BY 2 LIMIT 100;
SELECT * FROM src ORDER BY value LIMIT 100;
set hive.orderby.position.alias=false;

-- OFFSET with ORDER BY ... LIMIT: rows 11 to 30 of src sorted by key.
SELECT * FROM src ORDER BY key LIMIT 20 OFFSET 10;

-- DISTRIBUTE BY: with one local "reducer" the rows stay as they come; a
-- column name that is its own alias works, and so does the column behind
-- an alias ("SELECT region AS r ... DISTRIBUTE BY region" is "DISTRIBUTE
-- BY r").
SELECT region FROM sale_detail DISTRIBUTE BY region;
SELECT region AS r FROM sale_detail DISTRIBUTE BY region;
SELECT region AS r FROM sale_detail DISTRIBUTE BY r;

-- SORT BY sorts within a reducer; mcsql has one, so the output is sorted.
SELECT shop_name FROM sale_detail DISTRIBUTE BY region SORT BY shop_name;
SELECT shop_name FROM sale_detail SORT BY shop_name DESC;
