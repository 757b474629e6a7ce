-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-format
-- Outside the Hive-compatible edition (mcsql's default, MaxCompute 2.0) hh is
-- the 24-hour clock, mm is the month and mi is the minute; DATETIME and
-- TIMESTAMP dates are formatted.
select date_format(datetime '2022-04-24 13:05:09', 'yyyy-MM-dd hh:mi:ss');       -- 2022-04-24 13:05:09
select date_format(timestamp '2022-04-24 13:05:09.123', 'yyyy-MM-dd HH:mi:ss.SSS'); -- 2022-04-24 13:05:09.123
select date_format(datetime '2022-04-24 13:05:09', 'yyyy-MM-dd hh:mm:ss');       -- 2022-04-24 13:04:09: mm is the month here
-- YYYY is the week year: 2019-12-29 falls in the first week of 2020.
select date_format(datetime '2019-12-29 00:00:00', 'YYYY-MM-dd'), date_format(datetime '2019-12-29 00:00:00', 'yyyy-MM-dd'); -- 2020-12-29 2019-12-29
select date_format(datetime '2019-12-27 15:00:00', "EEE, MMM d yyyy 'quoted' ''"), date_format(datetime '2019-12-27 15:00:00', 'hh a'); -- Fri, Dec 27 2019 quoted ' 15 PM
select date_format(datetime '2019-12-27 00:00:00', null);                        -- NULL
-- The Hive-compatible edition: DATE and STRING dates too; hh is the 12-hour
-- clock, mm the minute, and a pattern with mi gives NULL.
set odps.sql.hive.compatible=true;
select date_format('2022-04-24', 'yyyy-MM-dd');                                   -- 2022-04-24
-- The page formats FROM_UTC_TIMESTAMP(CURRENT_TIMESTAMP(), 'UTC') at 2022-04-24 15:49:01.902:
select date_format(timestamp '2022-04-24 15:49:01.902', 'yyyy-MM-dd hh:mm:ss.SSS'); -- 2022-04-24 03:49:01.902
select date_format(datetime '2021-11-29 00:01:00', 'yyyy/MM/dd'), date_format(datetime '2021-11-29 00:01:00', 'yyyy/MM/dd HH:mm:ss'),
       date_format(timestamp '2021-01-11 00:00:00.123456789', 'yyyy/MM/dd HH:mm:ss');  -- 2021/11/29 2021/11/29 00:01:00 2021/01/11 00:00:00 (table data)
select date_format('2019-12-27 13:23:10.123', 'yyyy-MM-dd hh:mm:ss.SSS');          -- 2019-12-27 01:23:10.123
select date_format(date '2019-12-27', 'yyyyMMdd'), date_format('2019/12/27', 'yyyy'); -- 20191227 NULL
select date_format(datetime '2022-04-24 13:05:09', 'yyyy-MM-dd hh:mi:ss');         -- NULL
