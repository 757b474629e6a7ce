-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/lateral-view-1
CREATE TABLE pageAds (pageid  STRING,col1 ARRAY<INT>,col2 ARRAY<STRING>);
INSERT INTO pageAds VALUES ('front_page',ARRAY(1,2,3),ARRAY("a","b","c"));
INSERT INTO pageAds VALUES ('contact_page',ARRAY(3,4,5),ARRAY("d","e","f"));
-- Example 1, split col1: front_page 1/2/3 with ["a","b","c"], contact_page 3/4/5 with ["d","e","f"]
SELECT pageid, col1_new, col2 FROM pageAds LATERAL VIEW EXPLODE(col1) adTable AS col1_new;
-- Example 2, split col1 and aggregate: 1 1, 2 1, 3 2, 4 1, 5 1
SELECT col1_new, COUNT(1) AS count FROM pageAds LATERAL VIEW EXPLODE(col1) adTable AS col1_new GROUP BY col1_new;
-- Example 3, several LATERAL VIEWs: each page's col1 element with each of its col2 elements (18 rows)
SELECT pageid,mycol1, mycol2 FROM pageAds
    LATERAL VIEW EXPLODE(col1) myTable1 AS mycol1
    LATERAL VIEW EXPLODE(col2) myTable2 AS mycol2;
-- OUTER keeps a row the function generates nothing for, with NULL
-- columns: the page's "LATERAL VIEW OUTER ... the original input row is
-- retained". Without OUTER the row is dropped.
SELECT pageid, a FROM pageAds LATERAL VIEW OUTER EXPLODE(ARRAY()) c AS a;
SELECT pageid, a FROM pageAds LATERAL VIEW EXPLODE(ARRAY()) c AS a;
