-- QUALIFY: https://www.alibabacloud.com/help/en/maxcompute/user-guide/qualify
-- The page's examples. Documented for each: one row, col1 2, col2 2.
SELECT col1, col2
FROM
(
SELECT
t.a as col1,
sum(t.a) over (partition by t.b) as col2
FROM values (1, 2),(2,3) t(a, b)
)
WHERE col2 > 1;
SELECT
t.a as col1,
sum(t.a) over (partition by t.b) as col2
FROM values (1, 2),(2,3) t(a, b)
QUALIFY col2 > 1;
SELECT t.a as col1, sum(t.a) over (partition by t.b) as col2 FROM values (1, 2),(2,3) t(a, b) QUALIFY sum(t.a) over (partition by t.b) > 1;
-- The usage note's alias example. Documented: c1 is 1, so no row passes.
SELECT
sum(t.a) over (partition by t.b) as c1
FROM values (1, 2) t(a, b)
QUALIFY c1 > 1;
-- Top row of each group; QUALIFY with a window that is not selected; with
-- GROUP BY (windows over the groups) and ORDER BY after it.
select k, v from values ('a', 3), ('a', 5), ('b', 4) t(k, v) qualify row_number() over (partition by k order by v desc) = 1 order by k;
select k, sum(v) s from values ('a', 3), ('a', 5), ('b', 4) t(k, v) group by k qualify rank() over (order by sum(v) desc) = 1;
