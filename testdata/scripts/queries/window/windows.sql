-- Window functions: https://www.alibabacloud.com/help/en/maxcompute/user-guide/window-functions-1
-- and the WINDOW keyword: https://www.alibabacloud.com/help/en/maxcompute/user-guide/window-keyword
-- Aggregates over windows. Without ORDER BY the frame is the whole
-- partition; with ORDER BY it runs from the partition's start to the
-- current row (ROWS: ties each get their own running sum, as the SUM and
-- COUNT pages show with odps.sql.hive.compatible=false; which of two tied
-- rows comes first is not specified). The Hive-compatible edition's
-- default (RANGE, ties share) is in aggregates.sql.
@emp := select * from values
  (10, 'CLARK', 2450), (10, 'KING', 5000), (10, 'MILLER', 1300), (10, 'JACCKA', 5000),
  (10, 'WELAN', 2450), (10, 'TEBAGE', 1300), (20, 'SMITH', 800), (20, 'JONES', 2975)
  t(deptno, ename, sal);
select deptno, ename, sal, sum(sal) over (partition by deptno) as total,
  sum(sal) over (partition by deptno order by sal) as running,
  count(*) over (partition by deptno order by sal) as n,
  avg(sal) over (partition by deptno) as mean,
  max(sal) over (partition by deptno order by sal rows between 1 preceding and 1 following) as near_max,
  min(sal) over (partition by deptno order by sal rows 1 preceding) as prev_min
from @emp;
-- ROWS, RANGE and GROUPS frames with offsets; EXCLUDE.
select x, sum(x) over (order by x rows between 1 preceding and 1 following) r,
  sum(x) over (order by x range between 1 preceding and 1 following) g,
  sum(x) over (order by x groups between 1 preceding and current row) gr,
  sum(x) over (order by x rows between unbounded preceding and unbounded following exclude current row) ex_cur,
  sum(x) over (order by x range between unbounded preceding and unbounded following exclude group) ex_grp,
  sum(x) over (order by x range between unbounded preceding and unbounded following exclude ties) ex_ties,
  count(x) over (order by x rows between current row and unbounded following) tail
from values (1), (2), (2), (4), (7) t(x);
-- RANGE offsets on a descending key; NULLs are their own peers.
select x, count(*) over (order by x desc range between 2 preceding and current row) c,
  sum(x) over (order by x nulls last) s
from values (5), (4), (1), (null) t(x);
-- DISTINCT inside a windowed aggregate.
select k, count(distinct v) over (partition by k) d from values ('a', 1), ('a', 1), ('a', 2), ('b', 3) t(k, v);
-- Named windows: OVER w, a window built on another, and two windows in one SELECT.
select ename, sal, rank() over w r, sum(sal) over w2 s
from @emp where deptno = 10
window w as (partition by deptno order by sal desc), w2 as (w rows between unbounded preceding and current row);
-- Windows over a grouped SELECT: sum(sum(x)) over (...), and ORDER BY a window result.
select deptno, sum(sal) s, sum(sum(sal)) over () total, rank() over (order by sum(sal) desc) r
from @emp group by deptno order by r;
-- A window result in an expression, and a window over an empty input.
select ename, sal * 100 / sum(sal) over () as pct from @emp where deptno = 20;
select count(*) over () from @emp where sal < 0;
-- ORDER BY a window that is not selected; * with a window; DISTINCT after
-- windows; LIMIT; WHERE before windows.
select a from values (1), (2), (3) t(a) order by row_number() over (order by a desc);
select *, row_number() over (order by a) rn from values (1, 'x'), (2, 'y') t(a, b);
select distinct b, count(*) over (partition by b) c from values (1, 'x'), (2, 'y'), (3, 'x') t(a, b);
select a, sum(a) over (order by a) s from values (1), (2) t(a) limit 1;
select b, row_number() over (partition by b order by a) from values (1, 'x'), (2, 'y'), (3, 'x') t(a, b) where a > 1;
-- NULL arguments: COUNT(a) skips them, COUNT(*) does not.
select a, count(a) over (), count(*) over (), sum(a) over () from values (1), (null) t(a);
-- OVER is not reserved: a column and an alias may be called over.
select over from values (1) t(over);
select count(*) over from values (1) t(a);
-- DECIMAL averages over a sliding frame.
select x, avg(x) over (order by x rows between 1 preceding and 1 following) from values (1.5bd), (2.5bd), (4bd) t(x);
-- Offsets as large as BIGINT allows reach the partition's ends.
select x, count(*) over (order by x rows between current row and 9223372036854775807 following) a,
  count(*) over (order by x groups between 9223372036854775807 preceding and 9223372036854775807 following) b,
  lag(x, 9223372036854775807, -1) over (order by x) c, lead(x, 9223372036854775807, -1) over (order by x) d
from values (1), (2), (3) t(x);
-- Without ORDER BY every row is a peer of every other: RANGE CURRENT ROW and
-- GROUPS frames without offsets reach the whole partition.
select sum(a) over (groups between unbounded preceding and current row) g,
  sum(a) over (range current row) r, count(*) over (groups between current row and unbounded following) c,
  last_value(a) over (range between current row and current row) l
from values (1), (2) t(a);
