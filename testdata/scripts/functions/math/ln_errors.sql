-- LN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/ln
-- (the LN section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select ln(true);
