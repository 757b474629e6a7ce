-- The examples of MaxCompute's "VALUES" (INSERT ... VALUES and VALUES
-- TABLE) page: https://help.aliyun.com/zh/maxcompute/user-guide/values-1
-- (English: https://www.alibabacloud.com/help/doc-detail/73778.htm).
-- Each example's documented result is in the comment before its SELECT.

-- Example 1: INSERT ... VALUES into a static partition.
-- Page: a 1 abc, b 2 abc, c 3 abc.
create table if not exists srcp (key string, value bigint) partitioned by (p string);
insert into table srcp partition (p='abc') values ('a',1),('b',2),('c',3);
select * from srcp where p='abc';

-- Example 2: a dynamic partition whose value the column list places: the
-- list names key and p, so value is NULL.
-- Page: d NULL 20170101, e NULL 20170101, f NULL 20170101.
insert into table srcp partition (p)(key,p) values ('d','20170101'),('e','20170101'),('f','20170101');
select * from srcp where p='20170101';

-- Example 3: a complex type cannot be a VALUES constant; INSERT ... SELECT
-- builds it. Page: a [1,2,3] abc.
create table if not exists srctest (key string, value array<int>) partitioned by (p string);
insert into table srctest partition (p='abc') select 'a', array(1, 2, 3);
select * from srctest where p='abc';

-- Example 4: DATETIME and TIMESTAMP values need their type names (the
-- page shows no result for this one).
create table if not exists srcp2 (key datetime, value timestamp) partitioned by (p string);
insert into table srcp2 partition (p='abc') values (datetime'2017-11-11 00:00:00', timestamp'2017-11-11 00:00:00.123456789');
select * from srcp2 where p='abc';

-- Example 5: VALUES TABLE as the source of an INSERT with a dynamic
-- partition. Page: d4 2 20170102, e5 2 20170102, f6 2 20170102.
insert into table srcp partition (p) select concat(a,b), length(a)+length(b), '20170102' from values ('d',4),('e',5),('f',6) t(a,b);
select * from srcp where p='20170102';

-- Example 6: SELECT without FROM (an anonymous one-row VALUES table).
select abs(-1), length('abc'), concat('a', 'b');

-- Beyond the page: the column list may put the dynamic partition column
-- anywhere, and an INSERT ... SELECT may name it too.
insert into table srcp partition (p)(p, value) values ('x', 7);
insert into table srcp partition (p)(value, p, key) select 8, 'x', 'k';
select * from srcp where p='x' order by value limit 10;
create table twolevel (a string) partitioned by (ds string, hr string);
insert into twolevel partition (ds='d1', hr)(hr, a) values ('h1', 'one'), ('h2', 'two');
select * from twolevel order by hr limit 10;
