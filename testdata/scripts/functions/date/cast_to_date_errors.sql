-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/cast
-- case: not a date
select cast('2022-12-32' as date);
