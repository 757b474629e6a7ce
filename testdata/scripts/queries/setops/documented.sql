-- The examples of MaxCompute's "UNION, INTERSECT, and EXCEPT" page:
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/intersect-union-except-and-minus
-- (https://www.alibabacloud.com/help/doc-detail/73782.htm). The page notes
-- that a set operation's rows come in no particular order, and its result
-- tables list them in an order of their own; each example here is read
-- through an ORDER BY so that the golden is stable: the rows (with their
-- repetitions) are the page's.

-- UNION ALL: every row of both sides. Page: (1,2) (1,4) (1,2) (1,2) (3,4).
select * from (
SELECT * FROM VALUES (1, 2), (1, 2), (3, 4) t(a, b)
UNION ALL
SELECT * FROM VALUES (1, 2), (1, 4) t(a, b)
) u order by a, b limit 100;

-- UNION (DISTINCT). Page: (1,2) (1,4) (3,4).
select * from (
SELECT * FROM VALUES (1, 2), (1, 2), (3, 4) t(a, b)
UNION
SELECT * FROM VALUES (1, 2), (1, 4) t(a, b)
) u order by a, b limit 100;

-- ORDER BY and LIMIT after a UNION apply to the whole UNION (the 2.0 data
-- type edition). The page's example reads EXPLODE; the same values come
-- from VALUES here. Page: 0, 1, 2.
set odps.sql.type.system.odps2=true;
SELECT * FROM VALUES (3), (1) t(a) UNION ALL SELECT * FROM VALUES (0), (4), (2) t(a) ORDER BY a LIMIT 3;

-- INTERSECT ALL. Page: (1,2) (1,2) (3,4).
select * from (
SELECT * FROM VALUES (1, 2), (1, 2), (3, 4), (5, 6) t(a, b)
INTERSECT ALL
SELECT * FROM VALUES (1, 2), (1, 2), (3, 4), (5, 7) t(a, b)
) i order by a, b limit 100;

-- INTERSECT DISTINCT. Page: (1,2) (3,4).
select * from (
SELECT * FROM VALUES (1, 2), (1, 2), (3, 4), (5, 6) t(a, b)
INTERSECT DISTINCT
SELECT * FROM VALUES (1, 2), (1, 2), (3, 4), (5, 7) t(a, b)
) i order by a, b limit 100;

-- EXCEPT ALL: (3,4) occurs twice on the left and once on the right, so
-- one copy stays. Page: (1,2) (1,2) (3,4) (7,8).
select * from (
SELECT * FROM VALUES (1, 2), (1, 2), (3, 4), (3, 4), (5, 6), (7, 8) t(a, b)
EXCEPT ALL
SELECT * FROM VALUES (3, 4), (5, 6), (5, 6), (9, 10) t(a, b)
) e order by a, b limit 100;

-- EXCEPT (DISTINCT): the distinct left rows that the right lacks. Page:
-- (1,2) (7,8).
select * from (
SELECT * FROM VALUES (1, 2), (1, 2), (3, 4), (3, 4), (5, 6), (7, 8) t(a, b)
EXCEPT
SELECT * FROM VALUES (3, 4), (5, 6), (5, 6), (9, 10) t(a, b)
) e order by a, b limit 100;

-- MINUS is EXCEPT, ALL and DISTINCT alike.
select * from (
SELECT * FROM VALUES (1, 2), (1, 2), (3, 4), (3, 4), (5, 6), (7, 8) t(a, b)
MINUS ALL
SELECT * FROM VALUES (3, 4), (5, 6), (5, 6), (9, 10) t(a, b)
) e order by a, b limit 100;
select * from (
SELECT * FROM VALUES (1, 2), (1, 2), (3, 4), (3, 4), (5, 6), (7, 8) t(a, b)
MINUS DISTINCT
SELECT * FROM VALUES (3, 4), (5, 6), (5, 6), (9, 10) t(a, b)
) e order by a, b limit 100;

-- In the 1.0 data type edition the ORDER BY and LIMIT after a UNION apply
-- to the SELECT after the UNION only: LIMIT 3 keeps all of 0, 4, 2, so
-- the UNION has five rows; LIMIT 2 keeps 0 and 2, after the other side's
-- 3 and 1.
set odps.sql.type.system.odps2=false;
select count(*) as n from (
SELECT * FROM VALUES (3), (1) t(a) UNION ALL SELECT * FROM VALUES (0), (4), (2) t(a) ORDER BY a LIMIT 3
) u;
SELECT * FROM VALUES (3), (1) t(a) UNION ALL SELECT * FROM VALUES (0), (4), (2) t(a) ORDER BY a LIMIT 2;
set odps.sql.type.system.odps2=true;
