-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/extract
-- Page examples.
select extract(year from '2019-05-01 11:21:00') year,
       extract(month from '2019-05-01 11:21:00') month,
       extract(day from '2019-05-01 11:21:00') day,
       extract(hour from '2019-05-01 11:21:00') hour,
       extract(minute from '2019-05-01 11:21:00') minute;   -- 2019 5 1 11 21
select extract(year from null);                              -- NULL
-- Page examples (table data, first row of mf_date_fun_t).
select extract(YEAR from timestamp '2021-01-11 00:00:00.123456789') year,
       extract(MONTH from timestamp '2021-10-11 00:00:00.123456789') month;  -- 2021 10
select extract(second from datetime '2019-05-01 11:21:09'), extract(day from date '2019-05-01'); -- 9 1
select extract(year from '2019/05/01');                      -- NULL: not a date
