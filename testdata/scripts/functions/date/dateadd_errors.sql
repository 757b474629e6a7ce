-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/dateadd
-- case: text not in the DATETIME format (the page: an error)
select dateadd('2021-08-27', 1, 'dd');
-- case: unknown datepart
select dateadd(datetime '2005-02-28 00:00:00', 1, 'fortnight');
-- case: past year 9999
select dateadd(datetime '9999-12-31 00:00:00', 1, 'dd');
-- case: not a date
select dateadd(true, 1, 'dd');
-- case: a NULL date (the page: an error)
select dateadd(null, 1, 'dd');
-- case: a DOUBLE delta in the 2.0 edition (the newest page converts it in the 1.0 edition only)
select dateadd(datetime '2005-02-28 00:00:00', 1.5, 'dd');
