-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/datetrunc
-- case: unknown datepart
select datetrunc(datetime '2011-12-07 16:28:46', 'century');
-- case: unknown time zone
select datetrunc(timestamp '2025-03-27 16:28:46', 'quarter', 'Mars/Olympus');
-- case: a NULL date (the page: an error)
select datetrunc(null, 'yyyy');
