-- E: https://www.alibabacloud.com/help/en/maxcompute/user-guide/e
-- (the E section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: E takes no argument
select e(1);
