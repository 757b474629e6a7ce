-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/month
-- Page examples.
select month('2014-09-01');                  -- 9
select month('20140901');                    -- NULL
select month(datetime '2021-11-29 00:01:00'), month(date '2021-02-28'); -- 11 2
select month(null);                          -- NULL
