-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/datetrunc
-- Page examples: the result has the argument's type.
select datetrunc(datetime '2011-12-07 16:28:46', 'yyyy');   -- 2011-01-01 00:00:00
select datetrunc(datetime '2011-12-07 16:28:46', 'month');  -- 2011-12-01 00:00:00
select datetrunc(datetime '2011-12-07 16:28:46', 'DD');     -- 2011-12-07 00:00:00
select datetrunc(datetime '2025-12-07 16:28:46', 'yyyy');   -- 2025-01-01 00:00:00
select datetrunc(date '2025-12-07', 'quarter'), datetrunc(date '2025-12-07', 'week'),
       datetrunc(date '2025-12-07', 'week(sunday)'), datetrunc(date '2025-12-07', 'isoweek'); -- 2025-10-01 2025-12-01 2025-12-07 2025-12-01
select datetrunc(datetime '2025-12-07 16:28:46', 'hh'), datetrunc(datetime '2025-12-07 16:28:46', 'mi'),
       datetrunc(timestamp '2025-12-07 16:28:46.123456', 'ss'), datetrunc(timestamp '2025-12-07 16:28:46.123456', 'ff3');
-- datepart NULL gives NULL.
select datetrunc(datetime '2011-12-07 16:28:46', null);
