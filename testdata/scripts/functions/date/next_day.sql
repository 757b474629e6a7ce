-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/next-day
-- Page examples: the first date after startdate on the given weekday
-- (two or three letters or the full name, any case), as yyyy-mm-dd.
select next_day('2017-08-01', 'TU');             -- 2017-08-08
select next_day('2017-08-01 23:34:00', 'TU');    -- 2017-08-08
select next_day('20170801', 'TU');               -- NULL
select next_day(date '2017-08-01', 'wed'), next_day(datetime '2017-08-01 00:00:00', 'Sunday'), next_day('2017-08-01', 'xx'); -- 2017-08-02 2017-08-06 NULL
select next_day(null, 'TU'), next_day('2017-08-01', null);
