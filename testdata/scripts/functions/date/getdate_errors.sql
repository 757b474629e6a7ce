-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/getdate
-- case: takes no argument
select getdate(1);
