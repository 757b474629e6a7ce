-- FAILIF errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/failif
-- case: Example 1: the condition is true, so the query fails with ODPS-0121095 and the message
SELECT x, FAILIF(x<0,'Error: x must be positive') FROM (SELECT -1 AS x);
-- case: a condition that is not BOOLEAN
select failif(1, 'message');
-- case: one argument
select failif(true);
