-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-sub
-- case: before year 0001
select date_sub(date '0001-01-01', 1);
-- case: a NULL startdate (the page: an error)
select date_sub(null, 1);
