-- Errors of common table expressions.
-- case: duplicate CTE name
with a as (select 1 as x), A as (select 2 as x) select * from a;
-- case: unknown name
with a as (select 1 as x) select * from b;
-- case: a CTE cannot read a later one
with a as (select * from b), b as (select 1 as x) select * from a;
-- case: a CTE is not its own table (no recursion)
with a as (select * from a) select * from a;
-- case: column list of the wrong length
with a (x, y) as (select 1 as x) select * from a;
-- case: two WITH clauses
with a as (select 1 as x) with b as (select 2 as y) select * from a, b;
-- case: missing parentheses around the CTE query
with a as select 1 as x select * from a;
-- case: WITH without a query
with a as (select 1 as x);
-- case: an error inside an unused CTE is reported
with unused as (select nosuchfunc(1)) select 1 as x;
-- case: a CTE's scope is its statement
with a as (select 1 as x) select * from a;
select * from a;
-- case: WITH is reserved: backquote a column named with
select 1 as with;
