-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/dayofmonth
-- Page examples.
select dayofmonth('2014-09-01');             -- 1
select dayofmonth('20140901');               -- NULL
select dayofmonth(datetime '2014-09-05 08:00:00'), dayofmonth(date '2021-11-29'); -- 5 29
select dayofmonth(null);                     -- NULL
