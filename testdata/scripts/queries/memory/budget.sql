-- The per-statement memory budget (SET odps.mcsql.memory.budget, mcsql's
-- own flag). MaxCompute bounds each worker instance's memory instead
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/limits-3,
-- "Memory per instance") and a worker past it fails the job with
-- "Fuxi job failed - WorkerRestart errCode:9,errMsg:SigKill(OOM), usually
-- caused by OOM(out of memory)" (the documentation's "Modify incompatible
-- SQL" page, section sigkill.oom); ODPS-0123144 is that page's code for
-- "Fuxi job failed". Every operator that keeps rows fails clearly past the
-- budget, naming itself, the budget and how to raise it; streaming
-- operators keep nothing.
-- Each case keeps three rows of about 470 bytes (a 400-character string)
-- under a 1 KiB budget.
-- case: ORDER BY
set odps.mcsql.memory.budget=1k;
select k, s from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s) order by k;
-- case: the same ORDER BY under a larger budget
set odps.mcsql.memory.budget=1m;
select k, length(s) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s) order by k desc;
-- case: SELECT DISTINCT
set odps.mcsql.memory.budget=1k;
select distinct s from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: GROUP BY
set odps.mcsql.memory.budget=1k;
select s, count(*) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s) group by s;
-- case: COUNT(DISTINCT) without GROUP BY
set odps.mcsql.memory.budget=1k;
select count(distinct s) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: a window function keeps its input
set odps.mcsql.memory.budget=1k;
select k, row_number() over (order by s) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: the same window under a larger budget
set odps.mcsql.memory.budget=1m;
select k, row_number() over (order by s desc) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: SEMI JOIN keeps its right side
set odps.mcsql.memory.budget=1k;
select count(*) from values (1), (2) a(k) left semi join values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) b(k, s) on a.k = b.k;
-- case: a correlated EXISTS keeps only the subquery's keys, not its wide rows
set odps.mcsql.memory.budget=1k;
select k from values (1), (2) a(k) where exists (select 1 from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) b(k, s) where b.k = a.k and b.s <> '');
-- case: a CTE read twice is kept
set odps.mcsql.memory.budget=1k;
with c as (select k, s from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s)) select count(*) from c union all select count(*) from c;
-- case: a row IN (subquery) keeps the subquery's rows
set odps.mcsql.memory.budget=1k;
select k from values (1, 'a'), (2, 'b') a(k, s) where (k, s) in (select k, s from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) b(k, s));
-- case: JOIN keeps its right side
set odps.mcsql.memory.budget=1k;
select count(*) from values (1), (2) a(k) join values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) b(k, s) on a.k = b.k;
-- case: the same JOIN with the large side on the left streams it
set odps.mcsql.memory.budget=1k;
select count(*) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) b(k, s) join values (1), (2) a(k) on a.k = b.k;
-- case: INTERSECT keeps its right side
set odps.mcsql.memory.budget=1k;
select 'x' intersect select s from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: EXCEPT keeps its right side
set odps.mcsql.memory.budget=1k;
select 'x' except select s from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: UNION removes duplicates like DISTINCT
set odps.mcsql.memory.budget=1k;
select 'x' union select s from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: UNION ALL streams
set odps.mcsql.memory.budget=1k;
select 'x' as s union all select s from values (1, repeat('a', 4)), (2, repeat('b', 4)) t(k, s);
-- case: a table variable
set odps.mcsql.memory.budget=1k;
@t := select k, s from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: table variables count against later statements
set odps.mcsql.memory.budget=2k;
@t := select k, s from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
select count(*) from @t;
select k, s from @t order by k;
-- case: an IN subquery's list
set odps.mcsql.memory.budget=1k;
select 1 from values (1) t(x) where 'a' in (select s from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s));
-- case: scans, filters, projections and LIMIT keep nothing
set odps.mcsql.memory.budget=1;
select k, length(s) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s) where k > 1 limit 1;
-- case: a table streams too
set odps.mcsql.memory.budget=1;
create table if not exists mem_t (k bigint, s string);
insert overwrite table mem_t select k, s from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
select k, length(s) from mem_t where k >= 2;
-- case: the budget in bytes, units k m g t (powers of 1024), either case, an optional b
set odps.mcsql.memory.budget=1G;
select count(distinct s) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
set odps.mcsql.memory.budget=4KB;
select count(distinct s) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
set odps.mcsql.memory.budget=1500;
select count(distinct s) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: a budget that is not a positive size
set odps.mcsql.memory.budget=0;
-- case: a budget that is not a size
set odps.mcsql.memory.budget=lots;
-- case: a budget too large to count
set odps.mcsql.memory.budget=9000000000000g;
