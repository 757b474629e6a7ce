-- PI: https://www.alibabacloud.com/help/en/maxcompute/user-guide/pi
-- (the PI section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select pi();  -- documented: 3.141592653589793
select pi() / 2, cos(pi());
