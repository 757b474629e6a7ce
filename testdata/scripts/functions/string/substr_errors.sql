-- SUBSTR errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/substr
-- The page: str not STRING, BIGINT, DECIMAL, DOUBLE or DATETIME, or length
-- not BIGINT, is an error.
-- case: a boolean string
SELECT SUBSTR(true, 1);
-- case: a string length
SELECT SUBSTR('abc', 1, 'x');
-- case: one argument
SELECT SUBSTR('abc');
-- case: a negative length in the BigQuery-compatible mode
set odps.sql.bigquery.compatible=true;
SELECT SUBSTR('apple', 2, -1);
