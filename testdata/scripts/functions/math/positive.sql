-- POSITIVE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/positive
-- (the POSITIVE section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
SELECT positive(1);  -- documented: 1
select positive(-2Y), positive(1.5), positive(-2.50BD), positive(null);
