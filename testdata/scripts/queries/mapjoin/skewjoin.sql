-- The SKEWJOIN HINT page's three forms: https://www.alibabacloud.com/help/en/maxcompute/user-guide/skewjoin-hint
-- The hint only changes how MaxCompute spreads the work; mcsql accepts it
-- and joins as without it. T0 and T1 are made up for the page's statements.
create table T0 (c0 bigint, c1 string, c2 bigint);
create table T1 (c0 bigint, c1 string, c2 bigint);
insert into T0 values (1, '2', 7), (1, '2', 8), (3, '4', 7), (5, '6', 9);
insert into T1 values (1, '2', 7), (3, '4', 7), (3, '4', 7), (5, '6', 0);
-- Method 1: the table's alias.
select /*+ skewjoin(a) */ * from T0 a join T1 b on a.c0 = b.c0 and a.c1 = b.c1;
-- Method 2: the skewed columns.
select /*+ skewjoin(a(c0, c1)) */ * from T0 a join T1 b on a.c0 = b.c0 and a.c1 = b.c1 and a.c2 = b.c2;
-- Method 3: the skewed key values.
select /*+ skewjoin(a(c0, c1)((1, "2"), (3, "4"))) */ * from T0 a join T1 b on a.c0 = b.c0 and a.c1 = b.c1 and a.c2 = b.c2;
