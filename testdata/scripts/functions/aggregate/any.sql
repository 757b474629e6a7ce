-- ANY: examples of https://www.alibabacloud.com/help/en/maxcompute/user-guide/aggregate-functions
-- Each example is followed by the result the page documents.
SELECT ANY(colname) FROM VALUES (true), (false), (false) AS tab(colname);
-- documented: true
SELECT ANY(colname) FROM VALUES (NULL), (true), (false) AS tab(colname);
-- documented: true
SELECT ANY(colname) FROM VALUES (false), (false), (NULL) AS tab(colname);
-- documented: false
SELECT ANY(colname1) FILTER(WHERE colname2 = 2) FROM VALUES (true, 1), (false, 1), (true, 2) AS tab(colname1, colname2);
-- documented: true
-- mcsql: no non-NULL input gives NULL.
SELECT ANY(colname) FROM VALUES (CAST(NULL AS BOOLEAN)) AS tab(colname);
