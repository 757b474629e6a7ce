-- REPEAT errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/repeat
-- The page: the result cannot exceed 2 MB.
-- case: over 2 MB
select repeat('abc', 1000000);
-- case: a boolean
select repeat(true, 2);
-- case: one argument
select repeat('abc');
