-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/day
-- Page examples.
select day('2014-09-01');                    -- 1
select day('20140901');                      -- NULL: not yyyy-mm-dd
select day(datetime '2014-09-05 08:00:00'), day(date '2021-11-29'), day(timestamp '2021-01-11 00:00:00.123456789'); -- 5 29 11
select day(null);                            -- NULL
