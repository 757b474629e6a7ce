-- PARTITION_EXISTS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/partition-exists
create table foo (id bigint) partitioned by (ds string, hr string);
-- The page adds the partition with `alter table foo add partition (ds='20190101', hr='1');`.
-- mcsql has no ALTER TABLE: a partition exists once a row is written to it.
insert into foo partition (ds='20190101', hr='1') values (1);
-- True is returned.
select partition_exists('foo', '20190101', '1');
-- Other values, and NULL.
select partition_exists('foo', '20190101', '2'), partition_exists('foo', '20190102', '1'), partition_exists('foo', null, '1');
-- Integer partition columns compare by their text.
create table bar (id bigint) partitioned by (dt int);
insert into bar partition (dt=20240101) values (1);
select partition_exists('bar', '20240101'), partition_exists('bar', 20240101);
