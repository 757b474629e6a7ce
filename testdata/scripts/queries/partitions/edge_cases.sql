-- Partitions beyond the documentation's examples: empty partitions, overwrite
-- of dynamic partitions, integer partition columns, TRUNCATE, DESC, functions.
-- case: setup: an empty partition is listed and has no rows
create table logs (id bigint, msg string) partitioned by (ds string, hr int);
alter table logs add partition (ds='20240101', hr=0) partition (ds='20240101', hr='1');
show partitions logs;
select * from logs;
desc logs partition (ds='20240101', hr=0);
-- case: INSERT INTO with dynamic values: integers convert, new partitions appear
insert into logs partition (ds='20240101', hr) values (1, 'a', 1), (2, 'b', '9'), (3, 'c', 10);
insert into logs partition (ds, hr) select id + 10, msg, '20240102', 8 from logs;
show partitions logs;
select * from logs order by id;
-- case: INSERT OVERWRITE of dynamic partitions replaces only those written
insert overwrite table logs partition (ds, hr) values (100, 'new', '20240101', 10), (101, 'new', '20240103', 0);
select * from logs order by id;
show partitions logs;
-- case: a static INSERT OVERWRITE with no rows empties its partition, which stays
insert overwrite table logs partition (ds='20240102', hr=8) select id, msg from logs where id < 0;
insert overwrite table logs partition (ds='20240104', hr=1) select id, msg from logs where id < 0;
show partitions logs;
select count(*) as n from logs where ds = '20240102';
-- case: a dynamic INSERT OVERWRITE with no rows writes no partition
insert overwrite table logs partition (ds, hr) select id, msg, ds, hr from logs where id < 0;
show partitions logs;
-- case: WHERE on partition columns: =, IN, BETWEEN, <, >, functions, with other conditions
select id, ds, hr from logs where ds = '20240101' order by id;
select id, ds, hr from logs where ds in ('20240101', '20240103') and hr < 10 order by id;
select id, ds, hr from logs where ds between '20240102' and '20240109' order by id;
select id, ds, hr from logs where hr > 1 and msg = 'a' order by id;
select id, ds, hr from logs where substr(ds, 7, 2) = '03' or id = 1 order by id;
select l.id, l.hr from logs l where l.ds > '20240100' and l.hr >= 9 order by l.id;
-- case: TRUNCATE TABLE ... PARTITION clears rows and keeps the partitions
truncate table logs partition (ds='20240101', hr=1), partition (ds='20240103', hr=0);
show partitions logs;
select id, ds, hr from logs order by id;
-- case: DESC of a partition counts its rows
desc logs partition (ds='20240101', hr=10);
-- case: MAX_PT skips partitions without rows; PARTITION_EXISTS sees them
select max_pt('logs') as pt, partition_exists('logs', '20240104', '1') as empty_one,
       partition_exists('logs', '20240105', '1') as missing;
-- case: SELECT * puts the partition columns last; an empty table has none
create table empty_pt (a string) partitioned by (pt string);
select * from empty_pt;
show partitions empty_pt;
-- case: a failing INSERT leaves no partition behind
insert into empty_pt partition (pt) values ('x', 'p1'), ('y', null);
-- case: after the failure
show partitions empty_pt;
-- case: DROP PARTITION with a partial spec drops every partition below it
alter table logs drop partition (ds='20240101');
show partitions logs;
-- case: DROP IF EXISTS of a missing partition does nothing
alter table logs drop if exists partition (ds='nope', hr=1);
show partitions logs;
-- case: a failing script undoes its partition changes
alter table logs add partition (ds='zz', hr=1);
alter table logs drop partition (ds='20240102', hr=8);
insert into logs partition (ds, hr) values (7, 'x', 'yy', 1);
select unhex(ds) from logs where ds = 'yy';  -- fails when it runs, on the row the script added
-- case: after the failed script, the partitions are as before it
show partitions logs;
