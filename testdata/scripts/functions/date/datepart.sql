-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/datepart
-- Page examples.
select datepart(datetime '2013-06-08 01:10:00', 'yyyy');   -- 2013
select datepart(datetime '2013-06-08 01:10:00', 'mm');     -- 6
select datepart(date '2013-06-08', 'dd'), datepart(datetime '2013-06-08 01:10:00', 'hh'),
       datepart(datetime '2013-06-08 01:10:00', 'mi'), datepart(datetime '2013-06-08 01:10:45', 'ss'); -- 8 1 10 45
select datepart(datetime '2013-06-08 01:10:00', 'quarter'), datepart(datetime '2013-06-08 01:10:00', 'week'),
       datepart(timestamp '2013-06-08 01:10:00.123', 'ff3'); -- 2 23 123
-- datepart NULL gives NULL.
select datepart(datetime '2013-06-08 01:10:00', null);
