-- BOOL_OR: examples of https://www.alibabacloud.com/help/en/maxcompute/user-guide/aggregate-functions
-- Each example is followed by the result the page documents.
SELECT bool_or(colname) FROM VALUES (true), (false), (false) AS tab(colname);
-- documented: true
SELECT bool_or(colname) FROM VALUES (NULL), (true), (false) AS tab(colname);
-- documented: true
SELECT bool_or(colname1) FROM VALUES (false), (false), (NULL) AS tab(colname1);
-- documented: false
SELECT bool_or(colname1) FILTER(WHERE colname2 = 1) FROM VALUES (true, 1), (false, 1), (true, 2) AS tab(colname1, colname2);
-- documented: true
