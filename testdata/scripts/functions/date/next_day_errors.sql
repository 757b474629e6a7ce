-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/next-day
-- case: a NULL startdate (the page: an error)
select next_day(null, 'TU');
