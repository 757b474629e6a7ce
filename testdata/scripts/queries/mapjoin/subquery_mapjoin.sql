-- The SUBQUERY_MAPJOIN HINT page's usage forms, on its tables t1 and t2:
-- https://help.aliyun.com/zh/maxcompute/user-guide/subquery-mapjoin-hint-1
-- (English: https://www.alibabacloud.com/help/en/maxcompute/user-guide/subquery-mapjoin-hint).
-- The hint goes right after the subquery's opening parenthesis. It only
-- chooses MaxCompute's join algorithm, so mcsql accepts it and answers as
-- without it. The rows are made up (the copy of the page read here shows
-- the statements, not its sample rows); each result follows the ordinary
-- rules of the subquery forms.
CREATE TABLE t1(a BIGINT, b BIGINT);
CREATE TABLE t2(a BIGINT, b BIGINT);
insert into t1 values (1, 2), (2, 3), (3, null);
insert into t2 values (1, 2), (5, 3), (7, 9);
-- SCALAR SUBQUERY: 1 2, 2 NULL, 3 NULL.
SELECT a,
       (/*+ subquery_mapjoin */ SELECT b FROM t2 WHERE a = t1.a)
FROM t1;
-- IN and NOT IN: 1 2; then 2 3 and 3 NULL (no row of t2 has b = 3 and
-- a = 2; none has b = NULL, so NOT IN is TRUE for 3).
SELECT * FROM t1 WHERE a IN (/*+ subquery_mapjoin */ SELECT a FROM t2 WHERE b = t1.b);
SELECT * FROM t1 WHERE a NOT IN (/*+ subquery_mapjoin */ SELECT a FROM t2 WHERE b = t1.b);
-- EXISTS and NOT EXISTS: 1 2, 2 3; then 3 NULL.
SELECT * FROM t1 WHERE EXISTS (/*+ subquery_mapjoin */ SELECT * FROM t2 WHERE b = t1.b);
SELECT * FROM t1 WHERE NOT EXISTS (/*+ subquery_mapjoin */ SELECT * FROM t2 WHERE b = t1.b);
-- The page's "wrong form", the hint after SELECT: there it is a hint of
-- the subquery's SELECT, which mcsql ignores like any other; the page does
-- not say whether MaxCompute rejects it or ignores it. 1 2.
SELECT * FROM t1 WHERE a IN (SELECT /*+ subquery_mapjoin */ a FROM t2 WHERE b = t1.b);
