-- MAX_PT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/max-pt
-- Example 1: tbl has partitions 20120901 and 20120902, both holding data; MAX_PT('tbl') is
-- '20120902' and the query reads that partition.
create table tbl(id bigint, v string) partitioned by (pt string);
insert into tbl partition (pt='20120901') values (1, 'a'), (2, 'b');
insert into tbl partition (pt='20120902') values (3, 'c');
SELECT * FROM tbl WHERE pt= MAX_PT('tbl');
-- The preceding statement is equivalent to the following statement:
SELECT * FROM tbl WHERE pt= (SELECT MAX(pt) FROM tbl);
-- An older version of the page names the project: max_pt('myproject.tbl'); mcsql's project is default.
select * from tbl where pt=max_pt('default.tbl');
select max_pt('tbl'), max_pt('TBL'), max_pt(null);
-- Partitions sort as strings, and the first partition column decides (Example 2 explains how to
-- pick the second level with standard SQL).
create table tbl2(id bigint) partitioned by (pt1 string, pt2 string);
insert into tbl2 partition (pt1='9', pt2='b') values (1);
insert into tbl2 partition (pt1='10', pt2='z') values (2);
insert into tbl2 partition (pt1='9', pt2='a') values (3);
select max_pt('tbl2');
SELECT * FROM tbl2 WHERE pt1 = (SELECT MAX(pt1) FROM tbl2) AND pt2 = (SELECT MAX(pt2) FROM tbl2 WHERE pt1= (SELECT MAX(pt1) FROM tbl2));
-- A table name read per row.
select name, max_pt(name) from values ('tbl'), ('tbl2') t(name);
