-- The examples of "Insert or overwrite data into dynamic partitions (DYNAMIC PARTITION)":
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/insert-or-overwrite-data-into-dynamic-partitions
-- The source table sale_detail is the one "Insert or update data into a table or a
-- static partition" builds: three rows in partition sale_date='2013', region='china'.
-- case: the source table
create table if not exists sale_detail (shop_name string, customer_id string, total_price double)
partitioned by (sale_date string, region string);
alter table sale_detail add partition (sale_date='2013', region='china');
insert into sale_detail partition (sale_date='2013', region='china') values ('s1','c1',100.1),('s2','c2',100.2),('s3','c3',100.3);
-- case: example 1, one dynamic partition column; SHOW PARTITIONS gives region=china
create table total_revenues (revenue double) partitioned by (region string);
insert overwrite table total_revenues partition(region)
select total_price as revenue, region from sale_detail;
show partitions total_revenues;
set odps.sql.allow.fullscan=true;
-- (the page selects from sale_detail_dypart here; its result is total_revenues')
select * from total_revenues;
-- case: example 2, a static higher-level partition and a dynamic one
create table sale_detail_dypart like sale_detail;
insert overwrite table sale_detail_dypart partition (sale_date='2013', region)
select shop_name,customer_id,total_price,region from sale_detail;
set odps.sql.allow.fullscan=true;
select * from sale_detail_dypart;
-- case: example 3, values map to partition columns by position, not by name
insert overwrite table sale_detail_dypart partition (sale_date, region)
select shop_name,customer_id,total_price,sale_date,region from sale_detail;
set odps.sql.allow.fullscan=true;
select * from sale_detail_dypart;
-- case: example 3, the SELECT's last columns swapped: sale_date gets region's values
insert overwrite table sale_detail_dypart partition (sale_date, region)
select shop_name,customer_id,total_price,region,sale_date from sale_detail;
set odps.sql.allow.fullscan=true;
-- The page shows only the three rows just written; INSERT OVERWRITE replaces only
-- the partitions it writes, so partition sale_date=2013/region=china is still there.
select * from sale_detail_dypart where sale_date = 'china';
show partitions sale_detail_dypart;
-- case: example 4, the dynamic partition column must be in the SELECT list
insert overwrite table sale_detail_dypart partition (sale_date='2013', region)
select shop_name,customer_id,total_price from sale_detail;
-- case: example 5, a static lower-level partition under a dynamic one fails
-- (the page's table sales is partitioned by (sale_date, region) like sale_detail)
create table sales like sale_detail;
insert overwrite table sales partition (region='china', sale_date)
select shop_name,customer_id,total_price,sale_date from sale_detail;
-- case: example 6, values convert to the partition column's type
create table src (c int, d string) partitioned by (e int);
alter table src add if not exists partition (e=201312);
insert into src partition (e=201312) values (1,100.1),(2,100.2),(3,100.3);
create table parttable(a int, b double) partitioned by (p string);
insert into parttable partition (p) select c, d, current_timestamp() from src;
-- The page ran at 2020-11-25 15:13:28.686; mcsql's test clock is 2026-01-02 03:04:05 UTC.
select * from parttable;
show partitions parttable;
