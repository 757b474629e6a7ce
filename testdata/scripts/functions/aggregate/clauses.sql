-- DISTINCT, FILTER and WITHIN GROUP together, and mcsql's edge cases:
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/aggregate-functions
create table t (g string, x bigint, y double, s string);
insert into t values ('a', 1, 2.0, 'p'), ('a', 2, -0.0, 'q'), ('a', 2, 0.0, 'q'), ('b', 3, null, 'r'),
  ('b', null, 1.5, null), ('a', 1, 2.0, 'p');
-- FILTER applies before DISTINCT.
select g, count(distinct x) filter (where x > 1), sum(distinct x) filter (where s <> 'q') from t group by g;
-- The same call in the select list, HAVING and ORDER BY is computed once.
select g, sum(x) filter (where y > 0) as s from t group by g having sum(x) filter (where y > 0) > 0 order by sum(x) filter (where y > 0) desc;
-- WITHIN GROUP with FILTER; keys may be expressions and need not be selected.
select g, wm_concat('|', s) within group (order by x desc, s) filter (where s is not null) from t group by g;
-- -0.0 and 0.0 are one value for DISTINCT, sets and maps, as for GROUP BY.
select count(distinct y), collect_set(y), histogram(y) from t;
-- Aggregates with FILTER in a scalar subquery.
select g from t where x = (select max(x) filter (where g = 'a') from t) group by g;
-- COUNT(*) FILTER and COUNT_IF agree.
select count(*) filter (where x > 1), count_if(x > 1) from t;
