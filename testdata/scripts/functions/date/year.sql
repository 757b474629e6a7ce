-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/year
-- Page examples.
select year('1970-01-01 12:30:00');          -- 1970
select year('1970-01-01');                   -- 1970
select year('70-01-01');                     -- 70
select year('1970/03/09');                   -- NULL
select year(null);                           -- NULL
select year(date '2021-11-29'), year(datetime '2021-11-29 00:01:00'), year(timestamp '2021-01-11 00:00:00.123456789'); -- 2021 2021 2021
