-- The examples of MaxCompute's "Insert or overwrite data (INSERT INTO |
-- INSERT OVERWRITE)" page:
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/insert-or-update-data-into-a-table-or-a-static-partition
-- (https://help.aliyun.com/document_detail/73775.html).
-- case: INSERT OVERWRITE of a static partition from sale_detail
create table if not exists sale_detail (shop_name string, customer_id string, total_price double)
partitioned by (sale_date string, region string);
insert into sale_detail partition (sale_date='2013', region='china') values ('s1','c1',100.1),('s2','c2',100.2),('s3','c3',100.3);
create table sale_detail_insert like sale_detail;
alter table sale_detail_insert add partition (sale_date='2013', region='china');
set odps.sql.allow.fullscan=true;
insert overwrite table sale_detail_insert partition (sale_date='2013', region='china')
  select shop_name, customer_id, total_price from sale_detail;
select * from sale_detail_insert;
-- case: columns go by position, not by name: customer_id lands in shop_name
insert overwrite table sale_detail_insert partition (sale_date='2013', region='china')
  select customer_id, shop_name, total_price from sale_detail;
select * from sale_detail_insert;
-- case: INSERT INTO appends
insert into table sale_detail_insert partition (sale_date='2013', region='china')
  select shop_name, customer_id, total_price from sale_detail where total_price > 100.2;
select count(*) from sale_detail_insert;
-- case: a column list: the others are NULL
insert overwrite table sale_detail_insert partition (sale_date='2013', region='china') (customer_id, shop_name)
  select customer_id, shop_name from sale_detail;
select * from sale_detail_insert;
-- case: ZORDER BY: the page's example (page: 1 1, 2 2, 3 3)
create table if not exists mf_src (key string, value string);
insert overwrite table mf_src select a, b from values ('1', '1'),('3', '3'),('2', '2') as t(a, b);
select * from mf_src;
create table if not exists mf_zorder_src(key string, value string);
insert overwrite table mf_zorder_src select key, value from mf_src zorder by key, value;
select * from mf_zorder_src;
-- case: ZORDER BY of two columns interleaves them (mcsql's Z-values are the
-- bits of each column's dense rank, NULL lowest; MaxCompute does not
-- document its own), in INSERT INTO, with a dynamic partition
create table z (x bigint, y bigint) partitioned by (p string);
insert into table z partition (p) select a.d as x, b.d as y, 'a' from values (0),(1),(2),(3) a(d)
  cross join values (3),(2),(1),(null) b(d) zorder by x, y;
select * from z;
-- case: error: ZORDER BY names a column the query does not give
insert overwrite table mf_zorder_src select key, value from mf_src zorder by nope;
-- case: error: ZORDER BY a MAP
insert overwrite table mf_zorder_src select key, value from mf_src zorder by map(key, value);
-- case: error: ZORDER BY outside INSERT
select * from mf_src zorder by key;
