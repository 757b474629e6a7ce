-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/add-months
-- case: past year 9999
select add_months('9999-12-01', 1);
-- case: a num_months that is not an integer
select add_months('2017-02-14', true);
-- case: a NULL startdate (the page: an error)
select add_months(null, 1);
