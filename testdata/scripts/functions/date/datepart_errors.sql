-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/datepart
-- case: unknown datepart
select datepart(datetime '2013-06-08 01:10:00', 'era');
-- case: a NULL date (the page: an error)
select datepart(null, 'yyyy');
