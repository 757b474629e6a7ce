-- args: -D dir=../../testdata/scripts/tunnel/data -D tmp=$MCSQL_HOME
-- TUNNEL with odpscmd's table/partition operand (issue 12 item 9): an
-- upload into a partition takes the partition values from the spec, so
-- the file holds the other columns; -acp true creates the partition; a
-- download of one partition writes its rows without the partition columns
-- (-wp true adds them); a partial spec or none writes them last.
create table pt (id bigint, name string) partitioned by (ds string, hr string);
alter table pt add partition (ds='20240101', hr='01');
tunnel upload ${dir}/part.csv pt/ds='20240101',hr=01;
tunnel upload -acp true ${dir}/part.csv pt/ds="20240102",hr="02";
tunnel upload -h true -ow true -acp true ${dir}/header.csv pt/ds=20240102,hr=02;
show partitions pt;
select * from pt order by ds, hr, id;

tunnel download pt/ds=20240101,hr=01 ${tmp}/one.csv;
create table one (id bigint, name string);
tunnel upload ${tmp}/one.csv one;
select * from one order by id;

tunnel download -wp true pt/ds=20240102,hr=02 ${tmp}/wp.csv;
create table wp (id bigint, name string, ds string, hr string);
tunnel upload ${tmp}/wp.csv wp;
select * from wp;

tunnel download pt/ds=20240101 ${tmp}/partial.csv;
tunnel download pt ${tmp}/all.csv;
create table whole like pt;
tunnel upload ${tmp}/all.csv whole;
select * from whole order by ds, hr, id;
