-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/last-day
-- Page examples: a STRING yyyy-mm-dd.
select last_day('2017-03-04');               -- 2017-03-31
select last_day('2017-07-04 11:40:00');      -- 2017-07-31
select last_day('20170304');                 -- NULL
select last_day(date '2024-02-01'), last_day(datetime '2021-11-29 00:01:00'); -- 2024-02-29 2021-11-30
select last_day(null);                       -- NULL
