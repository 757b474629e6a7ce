-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/current-timezone
-- case: it takes no arguments
SELECT CURRENT_TIMEZONE('UTC');
