-- The example of MaxCompute's "Insert or overwrite data into multiple
-- tables (MULTI INSERT)" page:
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/insert-or-overwrite-data-into-multiple-tables
-- FROM src INSERT ... SELECT ... INSERT ... SELECT ...: each SELECT reads
-- the shared FROM. The page shows no result; sale_detail holds the three
-- rows "Insert or update data into a table or a static partition" puts in
-- partition sale_date='2013', region='china'.
-- case: the page's example: both partitions get the three rows
create table if not exists sale_detail (shop_name string, customer_id string, total_price double)
partitioned by (sale_date string, region string);
insert into sale_detail partition (sale_date='2013', region='china') values ('s1','c1',100.1),('s2','c2',100.2),('s3','c3',100.3);
create table sale_detail_multi like sale_detail;
set odps.sql.allow.fullscan=true;
from sale_detail
insert overwrite table sale_detail_multi partition (sale_date='2010', region='china')
select shop_name, customer_id, total_price
insert overwrite table sale_detail_multi partition (sale_date='2011', region='china')
select shop_name, customer_id, total_price;
select * from sale_detail_multi order by sale_date, shop_name limit 10;
-- case: error: the page's first wrong example, one partition written twice
from sale_detail
insert overwrite table sale_detail_multi partition (sale_date='2010', region='china' )
select shop_name, customer_id, total_price
insert overwrite table sale_detail_multi partition (sale_date='2010', region='china' )
select shop_name, customer_id, total_price;
-- case: error: the page's second wrong example, OVERWRITE and INTO of one table
from sale_detail
insert overwrite table sale_detail_multi partition (sale_date='2010', region='china' )
select shop_name, customer_id, total_price
insert into table sale_detail_multi partition (sale_date='2011', region='china' )
select shop_name, customer_id, total_price;
-- case: each INSERT has its own WHERE, GROUP BY, ORDER BY and LIMIT, INTO
-- and OVERWRITE mix, and one INSERT writes dynamic partitions
create table src (k string, v bigint);
insert into src values ('a', 1), ('b', 2), ('a', 3), ('c', 4);
create table big (k string, v bigint);
create table sums (k string, s bigint);
create table bypart (v bigint) partitioned by (k string);
from src
insert into table big select k, v where v > 1
insert overwrite table sums select k, sum(v) group by k having sum(v) > 2
insert into table bypart partition (k) select v, k order by v limit 3;
select * from big order by v limit 10;
select * from sums order by k limit 10;
select * from bypart order by v limit 10;
-- case: WITH before a multi-insert, and a subquery as its FROM
create table a1 (k bigint);
with s as (select * from values (1), (2), (3) t(k))
from s
insert overwrite table a1 select k where k > 1
insert into table sums select 'n', count(*);
from (select k from a1) t
insert into table a1 select distinct k + 10;
select * from a1 order by k limit 10;
select * from sums where k = 'n';
-- case: error: the same partition twice
create table dst (v bigint) partitioned by (k string);
from src
insert into table dst partition (k='a') select v
insert overwrite table dst partition (k='a') select v;
-- case: error: INSERT OVERWRITE and INSERT INTO of partitions of one table
from src
insert into table dst partition (k='a') select v
insert overwrite table dst partition (k='b') select v;
-- case: error: the same unpartitioned table twice
from src
insert into table src select k, v
insert into table src select k, v;
-- case: error: a SELECT with its own FROM
from src insert into table src select k, v from src;
-- case: error: WHERE before the INSERTs
from src where v > 1 insert into table src select k, v;
