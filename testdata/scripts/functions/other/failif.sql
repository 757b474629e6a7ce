-- FAILIF: https://www.alibabacloud.com/help/en/maxcompute/user-guide/failif
-- Example 2: the condition is false, so FAILIF returns true.
SELECT x, FAILIF(x<0,'Error: x must be positive') FROM (SELECT 1 AS x);
-- NULL condition or message gives NULL (the default NULL rule; the page does not say).
select failif(null, 'message'), failif(false, null);
