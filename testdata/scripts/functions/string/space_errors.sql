-- SPACE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/space
-- The page: the result cannot exceed 2 MB.
-- case: over 2 MB
select space(3000000);
-- case: no argument
select space();
