-- Errors of recursive CTEs.
-- case: no condition ends the recursion: past 10 runs it is an error
WITH RECURSIVE cte_name(a, b) AS (
  SELECT 1L, 1L
  UNION ALL
  SELECT a+1, b+1 FROM cte_name)
SELECT * FROM cte_name ORDER BY a LIMIT 100;
-- case: UNION instead of UNION ALL
WITH RECURSIVE r(n) AS (SELECT 1L UNION SELECT n + 1 FROM r WHERE n < 3) SELECT * FROM r;
-- case: the recursive part returns another number of columns
WITH RECURSIVE r(n) AS (SELECT 1L UNION ALL SELECT n + 1, 2 FROM r WHERE n < 3) SELECT * FROM r;
-- case: the recursive part's DOUBLE does not fit the initial part's BIGINT
WITH RECURSIVE r(n) AS (SELECT 1L UNION ALL SELECT n + 0.5 FROM r WHERE n < 3) SELECT * FROM r;
-- case: a limit that is no whole number
SET odps.sql.rcte.max.iterate.num=ten;
WITH RECURSIVE r(n) AS (SELECT 1L UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT * FROM r;
-- case: a limit above 100 is taken as 100: 100 runs pass, the 101st fails
SET odps.sql.rcte.max.iterate.num=1000;
WITH RECURSIVE r(n) AS (SELECT 0L UNION ALL SELECT n + 1 FROM r WHERE n < 100) SELECT count(*) FROM r;
WITH RECURSIVE r(n) AS (SELECT 0L UNION ALL SELECT n + 1 FROM r WHERE n < 101) SELECT count(*) FROM r;
-- case: ORDER BY and LIMIT of the whole recursive query
WITH RECURSIVE r(n) AS (SELECT 1L UNION ALL SELECT n + 1 FROM r WHERE n < 3 ORDER BY n LIMIT 2) SELECT * FROM r;
-- case: the initial part cannot read the CTE
WITH RECURSIVE r(n) AS (SELECT n FROM r UNION ALL SELECT 1L) SELECT * FROM r;
-- case: without RECURSIVE a CTE cannot read itself
WITH r(n) AS (SELECT 1L UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT * FROM r;
