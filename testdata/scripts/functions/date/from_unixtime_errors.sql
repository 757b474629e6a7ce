-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/from-unixtime
-- case: past year 9999
select from_unixtime(1000000000000000);
