-- ORDER BY, DISTRIBUTE BY, SORT BY, CLUSTER BY, LIMIT and OFFSET beyond
-- the SELECT syntax page's examples. mcsql runs a query as one "reducer":
-- SORT BY sorts the whole output, DISTRIBUTE BY keeps the rows in order.
@t := select * from values (3, 'c'), (1, 'a'), (2, 'b'), (1, 'z'), (cast(null as int), 'n') t(k, v);

select k, v from @t sort by k, v desc;
select k, v from @t distribute by k sort by v;
select k, v from @t distribute by k, v;
-- CLUSTER BY k is DISTRIBUTE BY k SORT BY k, ascending (NULL first).
select k, v from @t cluster by k limit 3;
-- SORT BY keys may be expressions and columns the select list leaves out.
select v from @t sort by length(v) desc, k desc;
-- SORT BY after a set operation sorts its result.
select k from @t union all select 10 sort by k desc limit 2;

-- OFFSET skips rows after the sort; past the end nothing is left.
select k, v from @t order by k, v limit 2 offset 1;
select k from @t order by k limit 5 offset 5;
select k from @t order by k limit 0 offset 1;
select k from @t order by k limit 3 offset 0;
-- In a subquery, a CTE and a set operation's operand.
select count(*) as n from (select k from @t order by k limit 10 offset 3) s;
with w as (select k from @t order by k limit 2 offset 2) select * from w;
(select k from @t order by k limit 1 offset 1) union all (select k from @t order by k desc limit 1 offset 1);

-- odps.sql.validate.orderby.limit=true is MaxCompute's check: ORDER BY
-- needs LIMIT (mcsql's default is false). With LIMIT it passes.
set odps.sql.validate.orderby.limit=true;
select k from @t order by k limit 2;
set odps.sql.validate.orderby.limit=false;
select k from @t where k is not null order by k;
