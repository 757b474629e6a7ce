-- Recursive CTEs (WITH RECURSIVE), the "RECURSIVE CTE" section of
-- MaxCompute's "Common table expression (CTE)" page:
-- https://www.alibabacloud.com/help/doc-detail/455447.htm
-- (https://help.aliyun.com/document_detail/73788.html). The initial part
-- runs once, the recursive part reads the rows of the previous run until
-- a run gives none. The recursive part may give rows in at most
-- odps.sql.rcte.max.iterate.num runs (10 unless set; above 100 it is 100).
-- case: a counter from 1 to 5
WITH RECURSIVE cte_name(a, b) AS (
  SELECT 1L, 1L
  UNION ALL
  SELECT a+1, b+1 FROM cte_name WHERE a+1 <= 5)
SELECT * FROM cte_name ORDER BY a LIMIT 100;
-- case: a hierarchy: each employee with the level below the top boss
CREATE TABLE employees(name STRING, boss_name STRING);
INSERT INTO TABLE employees VALUES
  ('zhang_3',   null),
  ('li_4',      'zhang_3'),
  ('wang_5',    'zhang_3'),
  ('zhao_6',    'li_4'),
  ('qian_7',    'wang_5');
WITH RECURSIVE company_hierarchy(name, boss_name, level) AS (
    SELECT name, boss_name, 0L FROM employees WHERE boss_name IS NULL
    UNION ALL
    SELECT e.name, e.boss_name, h.level+1 FROM employees e JOIN company_hierarchy h WHERE e.boss_name = h.name
  )
SELECT * FROM company_hierarchy ORDER BY level, boss_name, name LIMIT 1000;
-- case: the path from the top, read twice by the query, after an ordinary CTE
WITH RECURSIVE top AS (SELECT name FROM employees WHERE boss_name IS NULL),
  paths(name, path) AS (
    SELECT name, name FROM top
    UNION ALL
    SELECT e.name, concat(p.path, '/', e.name) FROM employees e JOIN paths p ON e.boss_name = p.name)
SELECT a.name, a.path, b.n FROM paths a CROSS JOIN (SELECT count(*) AS n FROM paths) b ORDER BY a.path LIMIT 10;
-- case: a CTE of a RECURSIVE WITH that does not read itself is an ordinary one
WITH RECURSIVE a AS (SELECT 1 AS x UNION ALL SELECT 2) SELECT * FROM a ORDER BY x LIMIT 5;
-- case: an empty initial part gives no rows
WITH RECURSIVE r(n) AS (SELECT 1L FROM employees WHERE name = 'nobody' UNION ALL SELECT n + 1 FROM r)
SELECT count(*) FROM r;
-- case: the recursive part's INT values widen to the initial part's BIGINT
CREATE TABLE widened AS WITH RECURSIVE r(n) AS (SELECT 1L UNION ALL SELECT cast(n + 1 AS INT) FROM r WHERE n < 3)
SELECT n FROM r;
DESC widened;
SELECT * FROM widened ORDER BY n LIMIT 5;
-- case: 20 runs with the limit raised to 20
SET odps.sql.rcte.max.iterate.num=20;
WITH RECURSIVE r(n) AS (SELECT 0L UNION ALL SELECT n + 1 FROM r WHERE n < 20)
SELECT count(*), max(n) FROM r;
-- case: in an INSERT, and in a subquery
CREATE TABLE nums (n BIGINT);
WITH RECURSIVE r(n) AS (SELECT 1L UNION ALL SELECT n * 2 FROM r WHERE n < 64)
INSERT INTO nums SELECT n FROM r;
SELECT sum(n) FROM nums;
SELECT * FROM (WITH RECURSIVE r(n) AS (SELECT 3L UNION ALL SELECT n - 1 FROM r WHERE n > 1) SELECT n FROM r) t ORDER BY n LIMIT 5;
