-- PARTITION_EXISTS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/partition-exists
-- case: fewer values than partition columns
create table foo (id bigint) partitioned by (ds string, hr string);
select partition_exists('foo', '20190101');
-- case: no such table
select partition_exists('no_such_table', '1');
-- case: no partition values
select partition_exists('foo');
