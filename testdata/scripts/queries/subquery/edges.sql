-- Subquery edge cases: NULLs, empty subqueries, duplicates, nesting,
-- several correlations, and errors.
-- case: IN and NOT IN with NULLs on either side
@t := select * from values (1), (2), (null) t(k);
select k, k in (select * from values (1), (3) s(x)) as i, k not in (select * from values (1), (3) s(x)) as n from @t;
select k, k in (select * from values (1), (null) s(x)) as i, k not in (select * from values (1), (null) s(x)) as n from @t;
-- case: an empty subquery: IN is false, NOT IN true, even for NULL; a scalar subquery is NULL
@t := select * from values (1), (null) t(k);
@e := select * from values (5) e(x) where x < 0;
select k, k in (select x from @e) as i, k not in (select x from @e) as n, exists (select * from @e) as ex, (select x from @e) as sc from @t;
-- case: duplicates in the subquery do not multiply rows
select * from values (1), (2) t(k) where k in (select * from values (1), (1), (1) s(x));
-- case: correlated EXISTS with two keys and an extra filter (a hash semi join)
@o := select * from values (1, 'a'), (1, 'b'), (2, 'a'), (null, 'a') o(k, v);
@i := select * from values (1, 'a', 10), (2, 'a', 1), (1, 'b', 1) i(k, v, n);
select * from @o where exists (select 1 from @i where i.k = o.k and i.v = o.v and i.n > 5);
select * from @o where not exists (select 1 from @i where i.k = o.k and o.v = i.v and i.n > 5);
-- case: correlations that are not equalities (re-run for each row)
@o := select * from values (1), (2), (3) o(k);
select k, (select count(*) from values (1), (2), (3) i(x) where i.x < o.k) as smaller from @o;
select * from @o where exists (select 1 from values (2) i(x) where i.x = o.k or o.k = 3);
select * from @o where k in (select x + o.k - 1 from values (1) i(x));
-- case: a column two levels up
@a := select * from values (1), (2) a(k);
@b := select * from values (1, 10), (2, 20) b(k, v);
@c := select * from values (10), (30) c(v);
select * from @a where exists (select 1 from @b where b.k = a.k and exists (select 1 from @c where c.v = b.v and a.k = 1));
-- case: a correlated scalar subquery in the select list of a join
@a := select * from values (1), (2) a(k);
@b := select * from values (1, 10), (2, 20) b(k, v);
@c := select * from values (10), (30) c(v);
select a.k, b.v, (select max(x) from values (1), (15), (25) s(x) where s.x < b.v) as below from @a a join @b b on a.k = b.k;
-- case: a correlated IN in an ON condition
@a := select * from values (1), (2) a(k);
@b := select * from values (1, 10), (2, 20) b(k, v);
@c := select * from values (10), (30) c(v);
select a.k, b.v from @a a join @b b on a.k = b.k and b.v in (select v from @c where c.v = b.v);
-- case: a scalar subquery that returns two rows
select (select * from values (1), (2) t(x));
-- case: a correlated scalar subquery that returns two rows for some outer row
select k, (select x from values (1), (1), (2) s(x) where s.x = t.k) from values (1), (2) t(k);
-- case: a subquery of two columns as a whole select item gives both columns (subquery_rows.sql)
select (select 1, 2);
-- case: a scalar subquery with two columns inside an expression
select (select 1, 2) + 1;
-- case: IN with a subquery of two columns
select 1 in (select 1, 2);
-- case: an unknown outer column
select * from values (1) t(k) where exists (select 1 from values (1) s(x) where s.x = t.nope);
-- case: an outer column that is not a GROUP BY key
select k, (select count(*) from values (1) s(x) where s.x = t.v) from values (1, 2) t(k, v) group by k;
-- case: EXISTS without a query
select exists (1);
-- case: IN with types that do not compare
select * from values (1) t(k) where k in (select array(1));
-- case: a correlated aggregate with no matching rows: COUNT is 0, SUM and MAX NULL; a NULL key matches nothing
@o := select * from values (1), (2), (null) o(k);
@i := select * from values (1, 5), (1, 7), (3, 1), (null, 9) i(k, n);
select k, (select count(*) from @i where i.k = o.k) as c, (select sum(n) from @i where i.k = o.k) as s,
       (select max(n) from @i where o.k = i.k and i.n < 7) as m, (select count(n) + 1 from @i where i.k = o.k) as c1 from @o;
-- case: correlated aggregates whose keys need a conversion, or that read the outer row elsewhere
@o := select * from values (1, 10), (2, 20) o(k, v);
@i := select * from values ('1', 5), ('1.0', 7), ('2', 1) i(k, n);
select k, (select count(*) from @i where i.k = o.k) as c, (select max(n) + o.v from @i where i.k = o.k) as m from @o;
