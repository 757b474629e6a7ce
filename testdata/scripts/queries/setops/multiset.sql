-- Set operations with multiset semantics: a row m times on the left and n
-- times on the right is kept min(m, n) times by INTERSECT ALL and
-- max(m - n, 0) times by EXCEPT ALL; NULLs compare equal here, as in
-- DISTINCT.
@l := select * from values (1), (1), (1), (2), (2), (cast(null as int)), (cast(null as int)), (4) t(x);
@r := select * from values (1), (2), (2), (2), (cast(null as int)), (5) t(x);

-- 1: 3-1 = 2 copies; 2: 2-3 < 0, none; NULL: 2-1 = 1; 4: 1.
select x from (select x from @l except all select x from @r) e order by x limit 100;
-- The other way round: 2: 3-2 = 1; 5: 1.
select x from (select x from @r except all select x from @l) e order by x limit 100;
-- 1: min(3,1) = 1; 2: min(2,3) = 2; NULL: min(2,1) = 1.
select x from (select x from @l intersect all select x from @r) i order by x limit 100;
select x from (select x from @l intersect select x from @r) i order by x limit 100;
select x from (select x from @l except select x from @r) e order by x limit 100;
select x from (select x from @l union select x from @r) u order by x limit 100;
select count(*) as n from (select x from @l union all select x from @r) u;

-- Empty sides.
select count(*) as n from (select x from @l except all select x from @r where x > 99) e;
select count(*) as n from (select x from @l where x > 99 except all select x from @r) e;
select count(*) as n from (select x from @l intersect all select x from @r where x > 99) i;

-- INTERSECT binds tighter than UNION and EXCEPT; otherwise left to right.
select x from (select 1 as x union all select 2 intersect select 2) t order by x limit 100;
select x from (select 1 as x union all select 1 except all select 1) t order by x limit 100;
select x from (select 1 as x except all (select 1 union all select 1)) t order by x limit 100;

-- Columns take the common type of both sides and the left side's names.
create table ut as select 1 as v union all select 2.5 as w;
desc ut;
select v from ut order by v limit 100;
select x from (select 1L as x except all select 1) e order by x limit 100;

-- A set operation read twice (self-join through a CTE) counts afresh each time.
with d as (select x from @l except all select x from @r)
select count(*) as pairs from d a join d b on a.x = b.x;
