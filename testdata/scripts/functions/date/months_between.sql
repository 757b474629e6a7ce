-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/months-between
-- Page examples.
select months_between('1997-02-28 10:30:00', '1996-10-30');  -- 3.9495967741935485
select months_between('1996-10-30', '1997-02-28 10:30:00');  -- -3.9495967741935485
select months_between('1996-09-30', '1996-12-31');           -- -3.0: both are last days of months
select months_between('1996-09-30', null);                   -- NULL
-- Page examples (table data, first and last rows of mf_date_fun_t).
select months_between(timestamp '2021-01-11 00:00:00.123456789', timestamp '2021-10-11 00:00:00.123456789'),
       months_between(timestamp '2021-10-11 00:00:00.123456789', timestamp '2021-10-11 00:00:00.123456789'); -- -9.0 0.0
select months_between(date '2021-11-29', datetime '2021-10-29 00:00:00'), months_between('2021-11-29', '20211029'); -- 1.0 NULL
