-- Errors of ORDER BY, DISTRIBUTE/SORT/CLUSTER BY, LIMIT and OFFSET.
-- case: ORDER BY without LIMIT under odps.sql.validate.orderby.limit=true
set odps.sql.validate.orderby.limit=true;
select k from values (2), (1) t(k) order by k;
-- case: the check applies to subqueries too
set odps.sql.validate.orderby.limit=true;
select * from (select k from values (2), (1) t(k) order by k) s limit 1;
-- case: ORDER BY with SORT BY
select k from values (1) t(k) order by k sort by k;
-- case: ORDER BY with DISTRIBUTE BY
select k from values (1) t(k) order by k distribute by k limit 1;
-- case: GROUP BY with CLUSTER BY
select k, count(*) as n from values (1) t(k) group by k cluster by k;
-- case: DISTRIBUTE BY an unknown column
select k from values (1) t(k) distribute by nope;
-- case: SORT BY an unknown column
select k from values (1) t(k) sort by nope;
-- case: LIMIT m, n is written LIMIT n OFFSET m
select k from values (1) t(k) limit 1, 2;
-- case: OFFSET must be a constant
select k from values (1) t(k) limit 1 offset k;
-- case: OFFSET must not be negative
select k from values (1) t(k) limit 1 offset -1;
-- case: OFFSET without LIMIT
select k from values (1) t(k) offset 1;
-- case: ORDER BY position out of range
set hive.orderby.position.alias=true;
select k from values (1) t(k) order by 2 limit 1;
-- case: without the flag, ORDER BY 2 sorts by the constant 2
select k from values (2), (1) t(k) order by 2 limit 5;
-- case: SORT is reserved: backquote a column named sort
select 1 as sort;
