-- Errors of a column list that names partition columns.
-- case: setup
create table srcp (key string, value bigint) partitioned by (p string);
create table twolevel (a string) partitioned by (ds string, hr string);
-- case: a static partition column in the column list
insert into table srcp partition (p='abc')(key, p) values ('a', 'b');
-- case: one dynamic partition column named, another not
insert into twolevel partition (ds, hr)(a, hr) values ('a', 'b');
-- case: a partition column listed twice
insert into table srcp partition (p)(p, key, p) values ('a', 'b', 'c');
-- case: too few values for the list
insert into table srcp partition (p)(key, p) values ('a');
-- case: INSERT OVERWRITE ... VALUES with a column list (the page's limitation)
insert overwrite table srcp partition (p='abc')(key) values ('a');
