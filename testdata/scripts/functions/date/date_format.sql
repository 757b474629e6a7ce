-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-format
-- Outside the Hive-compatible edition (mcsql's default, MaxCompute 2.0) hh is
-- the 24-hour clock, mm is the month and mi is the minute.
select date_format(datetime '2022-04-24 13:05:09', 'yyyy-MM-dd HH:mi:ss');       -- 2022-04-24 13:05:09
select date_format(timestamp '2022-04-24 13:05:09.123', 'yyyy-MM-dd hh:mi:ss.SSS'); -- 2022-04-24 13:05:09.123
select date_format(datetime '2022-04-24 13:05:09', 'yyyy-MM-dd hh:mm:ss');       -- 2022-04-24 13:04:09: mm is the month here
select date_format('2019-12-27', 'yyyyMMdd'), date_format('2019-12-27 12:23:10', 'yyyy/MM/dd HH'); -- 20191227 2019/12/27 12
-- YYYY is the week year: 2019-12-29 falls in the first week of 2020.
select date_format(date '2019-12-29', 'YYYY-MM-dd'), date_format(date '2019-12-29', 'yyyy-MM-dd'); -- 2020-12-29 2019-12-29
select date_format(date '2019-12-27', "EEE, MMM d yyyy 'quoted' ''"), date_format(datetime '2019-12-27 15:00:00', 'hh a'); -- Fri, Dec 27 2019 quoted ' 15 PM
-- format NULL gives NULL; text that is not a date gives NULL.
select date_format(date '2019-12-27', null), date_format('2019/12/27', 'yyyy');
-- The Hive-compatible edition: hh is the 12-hour clock, mm the minute, and mi gives NULL.
set odps.sql.hive.compatible=true;
select date_format('2022-04-24', 'yyyy-MM-dd');                                   -- 2022-04-24
select date_format('2019-12-27 13:23:10.123', 'yyyy-MM-dd hh:mm:ss.SSS');          -- 2019-12-27 01:23:10.123
select date_format(datetime '2022-04-24 13:05:09', 'yyyy-MM-dd hh:mi:ss');         -- NULL
