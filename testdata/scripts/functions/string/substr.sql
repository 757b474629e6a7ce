-- SUBSTR: https://www.alibabacloud.com/help/en/maxcompute/user-guide/substr
-- (page of Mar 26, 2026)
-- Example 1. Documented: bc, b, bc.
SELECT SUBSTR('abc', 2);
SELECT SUBSTR('abc', 2, 1);
SELECT SUBSTR('abc', -2, 2);
-- Example 2. Documented: NULL.
SELECT SUBSTR('abc', null);
-- start_position 0 gives '' in the 1.0 and 2.0 editions; a negative start
-- before the first character gives ''; a length of 0 or less gives ''.
SELECT concat('[', SUBSTR('apple', 0), ']'), concat('[', SUBSTR('apple', -6), ']'), concat('[', SUBSTR('apple', 2, 0), SUBSTR('apple', 2, -1), ']');
-- Characters, not bytes; numbers and DATETIME convert to STRING.
SELECT SUBSTR('中文样例', 2, 2), SUBSTR(12345, 2, 3), SUBSTR(datetime'2024-01-02 03:04:05', 1, 4);
-- The BigQuery-compatible mode (SET odps.sql.bigquery.compatible=true): a
-- start_position of 0, or one before the first character, starts at the first
-- character; a length of 0 still gives ''. Documented behaviour; the values:
-- apple, apple, ap, app, le, '' and, per row, abc, abc, bc.
set odps.sql.bigquery.compatible=true;
SELECT SUBSTR('apple', 0), SUBSTR('apple', -6), SUBSTR('apple', -6, 2), SUBSTR('apple', 0, 3), SUBSTR('apple', -2), concat('[', SUBSTR('apple', 2, 0), ']');
SELECT SUBSTR(s, n) FROM VALUES ('abc', 0), ('abc', -9), ('abc', 2) t(s, n);
set odps.sql.bigquery.compatible=false;
-- In the Hive-compatible edition start_position 0 counts as 1: apple, ppl.
set odps.sql.hive.compatible=true;
SELECT SUBSTR('apple', 0), SUBSTR('apple', 0, 3);
