-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/datepart
-- Page examples.
select datepart(datetime '2013-06-08 01:10:00', 'yyyy');   -- 2013
select datepart(datetime '2013-06-08 01:10:00', 'mm');     -- 6
select datepart(date '2013-06-08', 'yyyy');                -- 2013
select datepart(timestamp '2013-06-08 01:10:00', 'yyyy');  -- 2013
select datepart(date '2013-06-08', null);                  -- NULL
-- Page examples (table data, first row of mf_date_fun_t).
select datepart(date '2021-11-29', 'yyyy'), datepart(datetime '2021-11-29 00:01:00', 'dd'), datepart(timestamp '2021-01-11 00:00:00.123456789', 'mm'); -- 2021 29 1
-- Other units.
select datepart(datetime '2013-06-08 01:10:45', 'hh'), datepart(datetime '2013-06-08 01:10:45', 'mi'), datepart(datetime '2013-06-08 01:10:45', 'ss'),
       datepart(datetime '2013-06-08 01:10:00', 'quarter'), datepart(datetime '2013-06-08 01:10:00', 'week'), datepart(timestamp '2013-06-08 01:10:00.123', 'ff3'); -- 1 10 45 2 23 123
set odps.sql.type.system.odps2=false;
select datepart('2013-06-08 01:10:00', 'yyyy');            -- 2013
