-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/weekday
-- case: text not in the DATETIME format (the page: an error)
select weekday('20090320');
