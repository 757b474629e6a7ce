-- RENAME TO, MERGE, TOUCH and ENABLE|DISABLE LIFECYCLE of MaxCompute's "Partition operations" page:
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/partition-and-column-operations
-- (https://help.aliyun.com/document_detail/73771.html). The page shows the
-- SHOW PARTITIONS output of its MERGE example; the rows are ours.
-- case: MERGE: the page's example (page: mm=00 with hh=10's two left, then one)
create table intpstringstringstring (id int) partitioned by (ds string, hh string, mm string);
insert into intpstringstringstring partition (ds='20181101', hh='00', mm='00') values (1), (2);
insert into intpstringstringstring partition (ds='20181101', hh='00', mm='10') values (3);
insert into intpstringstringstring partition (ds='20181101', hh='10', mm='00') values (4);
insert into intpstringstringstring partition (ds='20181101', hh='10', mm='10') values (5);
show partitions intpstringstringstring;
alter table intpstringstringstring merge partition(hh='00') overwrite partition(ds='20181101', hh='00', mm='00');
show partitions intpstringstringstring;
select * from intpstringstringstring where ds='20181101';
alter table intpstringstringstring merge if exists partition(ds='20181101', hh='00', mm='00'), partition(ds='20181101', hh='10', mm='00'),  partition(ds='20181101', hh='10', mm='10') overwrite partition(ds='20181101', hh='00', mm='00') purge;
show partitions intpstringstringstring;
select * from intpstringstringstring where ds='20181101';
-- case: MERGE into a new partition, and into an existing one it replaces
create table m (v bigint) partitioned by (p string);
insert into m partition (p='a') values (1);
insert into m partition (p='b') values (2);
insert into m partition (p='c') values (3);
alter table m merge partition (p='a'), partition (p='b') overwrite partition (p='ab');
show partitions m;
alter table m merge partition (p='ab') overwrite partition (p='c');
show partitions m;
select * from m where p = 'c';
-- case: MERGE IF EXISTS of missing partitions changes nothing
alter table m merge if exists partition (p='zz') overwrite partition (p='c');
show partitions m;
-- case: RENAME TO: the page's example
create table sale_detail (shop_name string, customer_id string, total_price double) partitioned by (sale_date string, region string);
insert into sale_detail partition (sale_date='201312', region='hangzhou') values ('s1', 'c1', 100.1);
alter table sale_detail partition (sale_date = '201312', region = 'hangzhou') rename to partition (sale_date = '201310', region = 'beijing');
show partitions sale_detail;
select * from sale_detail where sale_date = '201310';
-- case: RENAME TO of an empty partition keeps it
alter table sale_detail add partition (sale_date='2020', region='x');
alter table sale_detail partition (sale_date='2020', region='x') rename to partition (sale_date='2021', region='x');
show partitions sale_detail;
-- case: TOUCH: the page's example form; nothing changes
alter table sale_detail touch partition (sale_date='201310', region='beijing');
show partitions sale_detail;
-- case: ENABLE and DISABLE LIFECYCLE of a partition: the page's example form; nothing changes
alter table sale_detail partition (sale_date='201310', region='beijing') disable lifecycle;
alter table sale_detail partition (sale_date='201310', region='beijing') enable lifecycle;
show partitions sale_detail;
-- case: error: DISABLE LIFECYCLE of a missing partition
alter table sale_detail partition (sale_date='1999', region='x') disable lifecycle;
-- case: error: RENAME of a missing partition
alter table sale_detail partition (sale_date='1999', region='x') rename to partition (sale_date='2000', region='x');
-- case: error: RENAME TO an existing partition
alter table sale_detail partition (sale_date='201310', region='beijing') rename to partition (sale_date='2021', region='x');
-- case: error: RENAME with a partial spec
alter table sale_detail partition (sale_date='201310') rename to partition (sale_date='2000', region='x');
-- case: error: MERGE of partitions that do not exist
alter table m merge partition (p='zz') overwrite partition (p='c');
-- case: error: MERGE into a partial spec
alter table sale_detail merge partition (sale_date='201310') overwrite partition (sale_date='2000');
-- case: error: TOUCH of a missing partition
alter table sale_detail touch partition (sale_date='1999', region='x');
-- case: error: MERGE on a table without partitions
create table plain (v bigint);
alter table plain merge partition (p='a') overwrite partition (p='b');
