-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/datetrunc
-- Page examples: the result has the type of date.
select datetrunc(datetime '2011-12-07 16:28:46', 'yyyy');   -- 2011-01-01 00:00:00
select datetrunc(datetime '2011-12-07 16:28:46', 'month');  -- 2011-12-01 00:00:00
select datetrunc(datetime '2011-12-07 16:28:46', 'DD');     -- 2011-12-07 00:00:00
select datetrunc(date '2011-12-07', 'yyyy');                -- 2011-01-01
select datetrunc(timestamp '2011-12-07 16:28:46', 'yyyy');  -- 2011-01-01 00:00:00 (the page prints 2011-01-01 00:00:00.0)
select datetrunc(date '2011-12-07', null);                  -- NULL
select datetrunc(datetime '2025-12-07 16:28:46', 'yyyy');   -- 2025-01-01 00:00:00
-- Page examples (table data, first row of mf_date_fun_t).
select datetrunc(date '2021-11-29', 'yyyy'), datetrunc(datetime '2021-11-29 00:01:00', 'dd'), datetrunc(timestamp '2021-01-11 00:00:00.123456789', 'mm'); -- 2021-01-01 2021-11-29 00:00:00 2021-01-01 00:00:00
-- The newest page's units.
select datetrunc(date '2025-12-07', 'quarter'), datetrunc(date '2025-12-07', 'week'),
       datetrunc(date '2025-12-07', 'week(sunday)'), datetrunc(date '2025-12-07', 'isoweek'); -- 2025-10-01 2025-12-01 2025-12-07 2025-12-01
select datetrunc(datetime '2025-12-07 16:28:46', 'hh'), datetrunc(datetime '2025-12-07 16:28:46', 'mi'),
       datetrunc(timestamp '2025-12-07 16:28:46.123456', 'ss'), datetrunc(timestamp '2025-12-07 16:28:46.123456', 'ff3');
set odps.sql.type.system.odps2=false;
select datetrunc('2011-12-07 16:28:46', 'yyyy');            -- 2011-01-01 00:00:00
-- The newest page's TIMESTAMP signature: cut as read in time_zone, shown in
-- the session zone (Asia/Shanghai here).
set odps.sql.type.system.odps2=true;
select datetrunc(timestamp '2025-03-27 16:28:46', 'quarter', 'Asia/Jakarta');  -- 2025-01-01 01:00:00
select datetrunc(timestamp '2025-03-27 16:28:46', 'quarter', null);            -- NULL
