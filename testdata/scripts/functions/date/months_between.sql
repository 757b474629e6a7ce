-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/months-between
-- Page examples.
select months_between('1997-02-28 10:30:00', '1996-10-30');  -- 3.9495967741935485
select months_between('1996-10-30', '1997-02-28 10:30:00');  -- -3.9495967741935485
select months_between('1996-09-30', '1996-12-31');           -- -3.0: both are last days of months
select months_between(date '2021-11-29', datetime '2021-10-29 00:00:00'); -- 1.0: same day of the month
select months_between(datetime '2021-11-29 00:01:00', date '2021-10-29'); -- 1.0
select months_between('2021-11-29', '20211029');             -- NULL: not a date
select months_between(null, '2021-10-29');                   -- NULL
