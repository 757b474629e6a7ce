-- EXPLODE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/explode
-- The page: one EXPLODE per SELECT, no other columns beside it, no GROUP BY.
-- case: a column beside it
select 1 as a, explode(array(1, 2));
-- case: two explodes
select explode(array(1)), explode(array(2));
-- case: with GROUP BY
select explode(array(1, 2)) as (x) group by 1;
-- case: with DISTINCT
select distinct explode(array(1, 1));
-- case: inside an expression
select explode(array(1, 2)) + 1;
-- case: in WHERE
select 1 from values (1) t(a) where explode(array(a)) = 1;
-- case: nested
select explode(explode(array(array(1))));
-- case: not an array or map
select explode('a,b');
-- case: NULL literal
select explode(null);
-- case: no argument
select explode();
-- case: two arguments
select explode(array(1), array(2));
-- case: too many names
select explode(array(1)) as (a, b);
-- case: too few names for a map
select explode(map(1, 2)) as (k);
-- case: the same name twice
select explode(map(1, 2)) as (k, k);
-- case: ORDER BY a column that is not generated
select explode(array(1)) as (x) from values (1) t(a) order by a;
-- case: AS (a, b) on a scalar function
select abs(-1) as (a);
-- case: misspelt
select explod(array(1));
-- case: misspelt with AS (...)
select explod(array(1)) as (a);
