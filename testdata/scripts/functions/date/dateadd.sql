-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/dateadd
-- Page examples (trans_date = 2005-02-28 00:00:00).
select dateadd(datetime '2005-02-28 00:00:00', 1, 'dd');    -- 2005-03-01 00:00:00
select dateadd(datetime '2005-02-28 00:00:00', -1, 'dd');   -- 2005-02-27 00:00:00
select dateadd(datetime '2005-02-28 00:00:00', 20, 'mm');   -- 2006-10-28 00:00:00
select dateadd(datetime '2005-02-28 00:00:00', 1, 'mm');    -- 2005-03-28 00:00:00
select dateadd(datetime '2005-01-29 00:00:00', 1, 'mm');    -- 2005-02-28 00:00:00
select dateadd(datetime '2005-03-30 00:00:00', -1, 'mm');   -- 2005-02-28 00:00:00
-- Every documented unit; the result has the argument's type.
select dateadd(datetime '2025-01-31 10:00:00', 1, 'year'), dateadd(datetime '2025-01-31 10:00:00', 1, 'q'),
       dateadd(datetime '2025-01-31 10:00:00', 1, 'quarter'), dateadd(datetime '2025-01-31 10:00:00', 1, 'mon'),
       dateadd(datetime '2025-01-31 10:00:00', 1, 'week'), dateadd(datetime '2025-01-31 10:00:00', 25, 'hour'),
       dateadd(datetime '2025-01-31 10:00:00', 90, 'mi'), dateadd(datetime '2025-01-31 10:00:00', -1, 'ss');
select dateadd(date '2025-07-21', 1, 'month'), dateadd(timestamp '2025-07-21 00:00:00.5', 1500, 'ff3'),
       dateadd(timestamp '2025-07-21 00:00:00', 1, 'ff6');
-- Combined with GETDATE (the fixed clock reads 2026-01-02 11:04:05 in Asia/Shanghai).
select dateadd(getdate(), -7, 'dd');
-- delta or datepart NULL gives NULL.
select dateadd(datetime '2005-02-28 00:00:00', null, 'dd'), dateadd(datetime '2005-02-28 00:00:00', 1, null);
