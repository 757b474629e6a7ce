-- The SKEWJOIN HINT page's notes, with the tables it declares:
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/skewjoin-hint
-- (Chinese: https://help.aliyun.com/zh/maxcompute/user-guide/skewjoin-hint).
-- The hinted join's keys must have one type on both sides, else MaxCompute
-- ignores the hint; the page's two ways to make them agree are casts in
-- ON and a cast in a subquery. The rows are made up (the page gives none),
-- and T2 is made up for the page's statement that combines the hint with
-- MAPJOIN; mcsql joins as without the hints.
create table T0(c0 int, c1 int, c2 int, c3 int);
create table T1(c0 string, c1 int, c2 int);
insert into T0 values (1, 2, 3, 4), (3, 4, 5, 6), (3, 5, 5, 6);
insert into T1 values ('1', 2, 3), ('3', 4, 5), ('3', 3, 9), ('x', 2, 3);
-- Method 1, casts in ON: (1, 2) and (3, 4) match.
select /*+ skewjoin(a) */ * from T0 a join T1 b on cast(a.c0 as string) = cast(b.c0 as string) and a.c1 = b.c1;
-- Method 2, the cast in a subquery: '1' once, '3' twice for each of the two 3s.
select /*+ skewjoin(b) */ * from (select cast(a.c0 as string) as c00 from T0 a) b join T1 c on b.c00 = c.c0;
-- With a MAPJOIN hint on another join of the same statement: the two rows
-- of T0 with c0 = 3 meet T1's c1 = 3 and T2's 'three'.
create table T2(c7 int, label string);
insert into T2 values (3, 'three'), (4, 'four');
select /*+ mapjoin(c), skewjoin(a) */ a.c0, b.c1, c.label from T0 a join T1 b on a.c0 = b.c1 join T2 c on a.c0 = c.c7;
