-- The examples of MaxCompute's GROUPING SETS page:
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/grouping-sets
-- Each query's documented result is in a comment before it; mcsql prints
-- the same rows in the same order.
create table requests LIFECYCLE 20 as
select * from values
    (1, 'windows', 'PC', 'Beijing'),
    (2, 'windows', 'PC', 'Shijiazhuang'),
    (3, 'linux', 'Phone', 'Beijing'),
    (4, 'windows', 'PC', 'Beijing'),
    (5, 'ios', 'Phone', 'Shijiazhuang'),
    (6, 'linux', 'PC', 'Beijing'),
    (7, 'windows', 'Phone', 'Shijiazhuang')
as t(id, os, device, city);

-- The UNION ALL the page starts from (its rows in no particular order).
SELECT NULL, NULL, NULL, COUNT(*)
FROM requests
UNION ALL
SELECT os, device, NULL, COUNT(*)
FROM requests GROUP BY os, device
UNION ALL
SELECT null, null, city, COUNT(*)
FROM requests GROUP BY city;

-- Documented result (the page heads the count column "cnt"; MaxCompute
-- names an unaliased column _c3, as the newer page shows):
-- | NULL    | NULL  | NULL         | 7 |
-- | NULL    | NULL  | Beijing      | 4 |
-- | NULL    | NULL  | Shijiazhuang | 3 |
-- | ios     | Phone | NULL         | 1 |
-- | linux   | PC    | NULL         | 1 |
-- | linux   | Phone | NULL         | 1 |
-- | windows | PC    | NULL         | 3 |
-- | windows | Phone | NULL         | 1 |
SELECT os,device, city ,COUNT(*)
FROM requests
GROUP BY os, device, city GROUPING SETS((os, device), (city), ());

-- The newer page writes the same query without the GROUP BY list.
select os,device, city ,count(*)
from requests
group by grouping sets((os, device), (city), ());

-- Documented result:
-- | a    | b    | c    | _c3 | ga | gb | gc | groupingid |
-- | NULL | NULL | NULL | 1   | 1  | 1  | 1  | 7          |
-- | NULL | NULL | 3    | 1   | 1  | 1  | 0  | 6          |
-- | NULL | 2    | NULL | 1   | 1  | 0  | 1  | 5          |
-- | NULL | 2    | 3    | 1   | 1  | 0  | 0  | 4          |
-- | 1    | NULL | NULL | 1   | 0  | 1  | 1  | 3          |
-- | 1    | NULL | 3    | 1   | 0  | 1  | 0  | 2          |
-- | 1    | 2    | NULL | 1   | 0  | 0  | 1  | 1          |
-- | 1    | 2    | 3    | 1   | 0  | 0  | 0  | 0          |
SELECT a,b,c ,COUNT(*),
GROUPING(a) ga, GROUPING(b) gb, GROUPING(c) gc, GROUPING_ID(a,b,c) groupingid
FROM VALUES (1,2,3) as t(a,b,c)
GROUP BY CUBE(a,b,c);

-- The page shows this result only as a picture: the rows of the first
-- GROUPING SETS query, with ALL where a column is aggregated.
SELECT
  IF(GROUPING(os) == 0, os, 'ALL') as os,
  IF(GROUPING(device) == 0, device, 'ALL') as device,
  IF(GROUPING(city) == 0, city, 'ALL') as city ,
  COUNT(*) as count
FROM requests
GROUP BY os, device, city GROUPING SETS((os, device), (city), ());

-- GROUPING__ID is GROUPING_ID(a,b,c) (the GROUP BY list's order); the page
-- shows no result: (a,b,c) gives 0 and (a) gives 3 (b and c aggregated).
SELECT
a,b,c ,COUNT(*),GROUPING__ID
FROM VALUES (1,2,3) as t(a,b,c)
GROUP BY a, b, c GROUPING SETS ((a,b,c), (a));

-- The newer page says GROUP BY os, CUBE (os, device), GROUPING SETS (city)
-- is "equivalent to GROUP BY GROUPING SETS ((os, device, city), (os, city),
-- (os, device, city))". The cross product it describes gives four sets:
-- os x CUBE(os, device) is (os, device), (os), (os, device), (os), and each
-- with city added. mcsql follows the cross product, as the SQL standard
-- does, so every row below comes twice; the page's list of three looks
-- like a slip (it repeats one set but not the other).
select os, device, city, count(*) as cnt, grouping__id
from requests
group by os, cube (os, device), grouping sets (city);
