-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-add
-- case: past year 9999
select date_add(date '9999-12-31', 1);
-- case: wrong type
select date_add(true, 1);
-- case: a NULL startdate (the page: an error)
select date_add(null, 1);
