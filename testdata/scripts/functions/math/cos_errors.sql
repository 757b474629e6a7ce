-- COS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/cos
-- (the COS section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select cos(true);
