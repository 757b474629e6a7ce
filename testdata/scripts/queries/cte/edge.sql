-- Common table expressions beyond the page's example: chains, shadowing,
-- column lists, nesting, INSERT/CTAS/table variables, evaluation once.
create table t (a bigint, b string);
insert into t values (1, 'x'), (2, 'y'), (3, null);

-- A later CTE reads an earlier one; the query reads both.
with s as (select a, b from t where a > 1),
     s2 as (select a * 10 as a10 from s)
select s.a, s.b, s2.a10 from s join s2 on s.a * 10 = s2.a10 order by s.a limit 10;

-- A CTE shadows the table of the same name, in the statement only.
with t as (select 100 as a, 'cte' as b)
select * from t;
select count(*) as rows_in_table from t;

-- A project-qualified name is always the table.
with t as (select 100 as a)
select count(*) as n from default.t;

-- A column list renames the query's columns; an alias renames the CTE.
with c (x, y) as (select a, b from t)
select q.x, q.y from c q where q.y is not null order by q.x limit 10;

-- CTE names are case-insensitive and may be backquoted.
with `My_Cte` as (select 1 as one)
select one from MY_CTE;

-- The same CTE read several times, self-joined.
with v as (select a from t)
select l.a as l, r.a as r from v l join v r on l.a + 1 = r.a order by l limit 10;

-- A CTE read twice is evaluated once: both readers see the same rows.
with r as (select rand() as x)
select count(*) as equal_pairs from r r1 join r r2 on r1.x = r2.x;

-- Set operations, ORDER BY and LIMIT after WITH belong to the whole query.
with u as (select a from t)
select a from u union all select a + 10 from u order by a desc limit 4;

-- An empty CTE.
with e as (select a from t where a > 99)
select count(*) as n, max(a) as m from e;

-- A CTE without FROM, and VALUES inside a CTE.
with k as (select * from values (1, 'one'), (2, 'two') v(n, name))
select name from k where n = 2;

-- WITH inside a subquery, a scalar subquery and IN.
select * from (with z as (select a from t where a < 3) select a from z) sub order by a limit 10;
select (with z as (select max(a) as m from t) select m from z) as top;
select a from t where a in (with z as (select 2 as v) select v from z) order by a limit 10;

-- An inner WITH may reuse an outer CTE's name: the inner one wins inside.
with z as (select 1 as v)
select v, (with z as (select 2 as v) select v from z) as inner_v from z;

-- A CTE's ORDER BY with LIMIT inside.
with top2 as (select a from t order by a desc limit 2)
select a from top2 order by a limit 10;

-- A table variable from a WITH query (script mode).
@tv := with m as (select a, b from t where b is not null) select * from m;
select * from @tv order by a limit 10;

-- CREATE TABLE ... AS WITH ..., and INSERT with WITH after the target.
create table t_copy as with src as (select a, b from t where a <> 2) select * from src;
insert into t_copy with more as (select 9 as a, 'nine' as b) select * from more;
select * from t_copy order by a limit 10;
