-- Errors of partition statements and of INSERT into partitions.
-- case: setup
create table pt (id bigint, s string) partitioned by (ds string, hr bigint);
create table plain (id bigint);
alter table pt add partition (ds='a', hr=1);
-- case: ADD PARTITION of an existing partition
alter table pt add partition (ds='b', hr=1) partition (ds='a', hr=1);
-- case: ADD PARTITION names one partition twice
alter table pt add partition (ds='c', hr=1) partition (ds='c', hr='1');
-- case: the failed ADDs added nothing
show partitions pt;
-- case: ADD PARTITION on a table without partitions
alter table plain add partition (ds='a');
-- case: ADD PARTITION of a missing table
alter table nope add partition (ds='a');
-- case: an unknown partition column
alter table pt add partition (ds='a', day=1);
-- case: a column that is not a partition column
alter table pt add partition (ds='a', id=1);
-- case: a partition column given twice
alter table pt add partition (ds='a', ds='b', hr=1);
-- case: a NULL partition value
alter table pt add partition (ds=null, hr=1);
-- case: an empty partition value
alter table pt add partition (ds='', hr=1);
-- case: a partition value with a slash
alter table pt add partition (ds='2024/01', hr=1);
-- case: a partition value with double-byte characters
alter table pt add partition (ds='杭州', hr=1);
-- case: a partition value longer than 255 bytes
alter table pt add partition (ds=repeat('x', 256), hr=1);
-- case: a partition value that is not a number for a BIGINT column
alter table pt add partition (ds='a', hr='one');
-- case: a condition in ADD PARTITION
alter table pt add partition (ds > 'a');
-- case: DROP PARTITION of a missing partition
alter table pt drop partition (ds='a', hr=1), partition (ds='zz', hr=1);
-- case: the failed DROP dropped nothing
show partitions pt;
-- case: DROP PARTITION with a condition matching nothing
alter table pt drop partition (ds > 'zz');
-- case: DROP PARTITION with a condition on a data column
alter table pt drop partition (id > 1);
-- case: DROP PARTITION with a condition reading no column
alter table pt drop partition (1 = 1);
-- case: DROP PARTITION with a condition that is not BOOLEAN
alter table pt drop partition (hr + 1);
-- case: DROP PARTITION on a table without partitions
alter table plain drop if exists partition (ds='a');
-- case: SHOW PARTITIONS of a table without partitions
show partitions plain;
-- case: SHOW PARTITIONS of a missing table
show partitions nope;
-- case: DESC of a missing partition
desc pt partition (ds='a', hr=2);
-- case: DESC of a partial partition spec
desc pt partition (ds='a');
-- case: TRUNCATE of a missing partition
truncate table pt partition (ds='q', hr=1);
-- case: INSERT with a NULL dynamic partition value
insert into pt partition (ds='a', hr) values (1, 'x', null);
-- case: INSERT with an empty dynamic partition value
insert into pt partition (ds, hr) select 1, 'x', '', 1;
-- case: INSERT with a dynamic value that is not a number for a BIGINT column
insert into pt partition (ds, hr) select 1, 'x', 'a', 'one';
-- case: INSERT with a dynamic value of a type INSERT cannot convert
insert into pt partition (ds, hr) select 1, 'x', 'a', date'2024-01-01';
-- case: INSERT with a static NULL partition value
insert into pt partition (ds=null, hr) select 1, 'x', 1;
-- case: INSERT with a dynamic partition column listed twice
insert into pt partition (ds, ds) select 1, 'x', 'a', 'b';
-- case: INSERT without every partition column
insert into pt partition (ds) select 1, 'x', 'a';
-- case: INSERT with too many values for dynamic partitions
insert into pt partition (ds='a', hr) values (1, 'x', 1, 2);
-- A dynamic partition column may be named there: queries/insert/values.sql.
-- case: INSERT into a static partition column through the column list
insert into pt partition (ds='a', hr) (id, ds) select 1, 2;
-- case: a dynamic partition with a column list
insert into pt partition (ds='a', hr) (s) select 'only s', 7;
select * from pt where hr = 7;
-- case: odps.sql.allow.fullscan=false refuses a scan of every partition
set odps.sql.allow.fullscan=false;
select count(*) from pt where ds = 'a';
select count(*) from pt where ds = 'a' or id = 1;
