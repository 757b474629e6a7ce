-- BOOL_AND: examples of https://www.alibabacloud.com/help/en/maxcompute/user-guide/aggregate-functions
-- Each example is followed by the result the page documents.
SELECT bool_and(colname) FROM VALUES (true), (false), (true) AS tab(colname);
-- documented: false
SELECT bool_and(colname) FROM VALUES (NULL), (true), (true) AS tab(colname);
-- documented: true
SELECT bool_and(colname1) FROM VALUES (true, 1), (false, 2), (true, 1) AS tab(colname1, colname2);
-- documented: false
SELECT bool_and(colname1) FILTER(WHERE colname2 = 1) FROM VALUES (true, 1), (false, 2), (true, 1) AS tab(colname1, colname2);
-- documented: true
