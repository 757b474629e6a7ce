-- Row values and subqueries of several columns: NULLs, empty subqueries,
-- correlation, conversions, and the errors that say what to write instead.
-- Two rows are equal when every pair is; a pair with a NULL makes the
-- comparison NULL unless another pair differs; IN is NULL when nothing
-- matched but a comparison was NULL (SQL's rules, as for one column).
-- case: NULLs in a list of rows: NULL, false, NULL, then a match despite a NULL row
select (1, null) in ((1, 2)), (1, null) in ((2, 2)), (1, 2) not in ((1, null)), (1, 2) in ((1, null), (1, 2));
-- case: NULLs against a subquery, uncorrelated and correlated
@s := select * from values (1, 2), (3, cast(null as int)) s(x, y);
select k, v, (k, v) in (select x, y from @s) as i, (k, v) not in (select x, y from @s) as n,
       (k, v) in (select x, y from @s where x = t.k) as ci
from values (1, 2), (3, 4), (5, 6), (cast(null as int), 2) t(k, v);
-- case: an empty subquery: IN false and NOT IN true, even for a row with NULLs; = gives NULL
@e := select * from values (1, 2) e(x, y) where x < 0;
select (1, null) in (select x, y from @e), (1, null) not in (select x, y from @e), (1, 2) = (select x, y from @e);
-- case: row equality without a subquery is the AND of the pairs
select (1, 'a') = (1, 'a'), (1, 'a') == (1, 'b'), (1, cast(null as string)) = (1, 'a'), (2, cast(null as string)) = (1, 'a');
-- case: values are converted to the common type of each column
select (1, 2.0) in (select 1.0, 2), (cast(1 as bigint), '2') in (select 1, 2);
-- case: a correlated subquery of several columns as select items
select k, (select min(x), max(x) from values (1, 10), (1, 20), (2, 5) s(g, x) where g = t.k) as (lo, hi)
from values (1), (2), (3) t(k);
-- case: duplicates in the subquery do not multiply rows
select * from values (1, 2), (3, 4) t(a, b) where (a, b) in (select * from values (1, 2), (1, 2), (1, 2) s(x, y));
-- case: the names of the subquery's columns when no AS (...) is given
select (select 1 as p, 'x' as q), 2 as r;
-- case: a row value outside a comparison
select (1, 2);
-- case: a row value compared with < instead of =
select 1 where (1, 2) < (1, 3);
-- case: rows of different sizes
select (1, 2) = (1, 2, 3);
-- case: a list of plain values after a row value
select 1 where (1, 2) in (1, 2);
-- case: a subquery with fewer columns than the row
select 1 where (1, 2) in (select 1);
-- case: a subquery with more columns than the row, with =
select 1 where (1, 2) = (select 1, 2, 3);
-- case: columns that do not compare
select (1, 'a') in (select 1, array(1));
-- case: AS (...) with fewer names than columns
select (select 1 x, 2 y) as (p);
-- case: one name for a subquery of two columns
select (select 1 x, 2 y) as p;
-- case: a subquery of several columns that returns two rows
select (select * from values (1, 2), (3, 4) s(x, y)) as (a, b);
-- case: = against a subquery that returns two rows
select 1 where (1, 2) = (select * from values (1, 2), (1, 2) s(x, y));
