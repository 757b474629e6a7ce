-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/dateadd
-- Page examples: the result has the type of date.
select dateadd(datetime '2005-02-28 00:00:00', 1, 'dd');    -- 2005-03-01 00:00:00
select dateadd(datetime '2005-02-28 00:00:00', -1, 'dd');   -- 2005-02-27 00:00:00
select dateadd(datetime '2005-02-28 00:00:00', 20, 'mm');   -- 2006-10-28 00:00:00
select dateadd(datetime '2005-02-28 00:00:00', 1, 'mm');    -- 2005-03-28 00:00:00
select dateadd(datetime '2005-01-29 00:00:00', 1, 'mm');    -- 2005-02-28 00:00:00
select dateadd(datetime '2005-03-30 00:00:00', -1, 'mm');   -- 2005-02-28 00:00:00
select dateadd(date '2005-02-18', 1, 'mm');                 -- 2005-03-18
select dateadd(timestamp '2005-02-18 00:00:00', 1, 'mm');   -- 2005-03-18 00:00:00 (the page prints 2005-03-18 00:00:00.0)
select dateadd(getdate(), -1, 'dd');                        -- 2026-01-01 11:04:05 with the goldens' fixed clock
select dateadd(date '2005-02-18', 1, null);                 -- NULL
select dateadd(datetime '2005-03-30 05:24:00', -3, 'hh');   -- 2005-03-30 02:24:00
select dateadd(datetime '2005-03-30 05:24:00', -30, 'mi');  -- 2005-03-30 04:54:00
select dateadd(datetime '2005-03-30 05:24:00', -30, 'ss');  -- 2005-03-30 05:23:30
select dateadd(cast('2005-03-30 00:00:00' as datetime), -1, 'mm'); -- 2005-02-28 00:00:00
-- Page examples (table data, first row of mf_date_fun_t).
select dateadd(date '2021-11-29', 1, 'dd'), dateadd(datetime '2021-11-29 00:01:00', 1, 'mm'),
       dateadd(timestamp '2021-01-11 00:00:00.123456789', -1, 'yyyy'); -- 2021-11-30 2021-12-29 00:01:00 2020-01-11 00:00:00.123456789
-- The newest page's units: quarter, week, ff3 and ff6 too.
select dateadd(datetime '2025-01-31 10:00:00', 1, 'year'), dateadd(datetime '2025-01-31 10:00:00', 1, 'q'),
       dateadd(datetime '2025-01-31 10:00:00', 1, 'quarter'), dateadd(datetime '2025-01-31 10:00:00', 1, 'mon'),
       dateadd(datetime '2025-01-31 10:00:00', 1, 'week'), dateadd(datetime '2025-01-31 10:00:00', 25, 'hour');
select dateadd(timestamp '2025-07-21 00:00:00.5', 1500, 'ff3'), dateadd(timestamp '2025-07-21 00:00:00', 1, 'ff6');
select dateadd(datetime '2005-02-28 00:00:00', null, 'dd');  -- NULL
-- STRING dates convert implicitly in the 1.0 edition.
set odps.sql.type.system.odps2=false;
select dateadd('2005-02-28 00:00:00', 1, 'dd');              -- 2005-03-01 00:00:00
