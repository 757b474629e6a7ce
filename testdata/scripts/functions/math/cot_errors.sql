-- COT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/cot
-- (the COT section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: BOOLEAN
select cot(true);
