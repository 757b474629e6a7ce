-- PI: https://www.alibabacloud.com/help/en/maxcompute/user-guide/pi
-- (the PI section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- case: PI takes no argument
select pi(1);
