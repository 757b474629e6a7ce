-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/next-day
-- Page examples: the first date after startdate on the given weekday
-- (its first two or three letters or its full name), as yyyy-mm-dd.
select next_day('2017-08-01', 'TU');             -- 2017-08-08
select next_day('2017-08-01 23:34:00', 'TU');    -- 2017-08-08
select next_day('20170801', 'TU');               -- NULL
select next_day('2017-08-01 23:34:00', null);    -- NULL
-- Page examples (table data, first rows of mf_date_fun_t).
select next_day(date '2021-11-29', 'MON'), next_day(datetime '2021-11-22 00:08:00', 'TUE'),
       next_day(timestamp '2021-01-11 00:00:00.123456789', 'WED'), next_day('2021-11-25', 'THU'); -- 2021-12-06 2021-11-23 2021-01-13 2021-12-02
select next_day(date '2017-08-01', 'wed'), next_day(datetime '2017-08-01 00:00:00', 'Sunday'), next_day('2017-08-01', 'xx'); -- 2017-08-02 2017-08-06 NULL
