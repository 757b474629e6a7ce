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

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section DATE_FORMAT: its examples as printed there, with the documented results.
SET odps.sql.hive.compatible=true;
-- If the current time is 2022-04-24 15:49 the page returns 2022-04-24 03:49:01.902;
-- the goldens' fixed clock, 2026-01-02 03:04:05 UTC, reads 11:04:05 in
-- Asia/Shanghai, taken as UTC and shown in the 12-hour clock: 2026-01-02 11:04:05.000.
SELECT DATE_FORMAT(FROM_UTC_TIMESTAMP(CURRENT_TIMESTAMP(), 'UTC'),'yyyy-MM-dd hh:mm:ss.SSS');
-- The return value is 2022-04-24.
SELECT DATE_FORMAT('2022-04-24','yyyy-MM-dd');
-- Its table-data example, on the page's sample table mf_date_fun_t; the
-- result is the page's table.
CREATE TABLE IF NOT EXISTS mf_date_fun_t(
    id      INT,
    date1   DATE,
    datetime1   DATETIME,
    timestamp1 TIMESTAMP,
    date2   DATE,
    datetime2   DATETIME,
    timestamp2 TIMESTAMP,
    date3 STRING,
    date4 BIGINT);
INSERT INTO mf_date_fun_t VALUES 
(1,DATE'2021-11-29',DATETIME'2021-11-29 00:01:00',TIMESTAMP'2021-01-11 00:00:00.123456789',DATE'2021-10-29',DATETIME'2021-10-29 00:00:00',TIMESTAMP'2021-10-11 00:00:00.123456789','2021-11-20',123456780),
(2,DATE'2021-11-28',DATETIME'2021-11-28 00:02:00',TIMESTAMP'2021-02-11 00:00:00.123456789',DATE'2021-10-29',DATETIME'2021-10-29 00:00:00',TIMESTAMP'2021-10-11 00:00:00.123456789','2021-11-21',123456781),
(3,DATE'2021-11-27',DATETIME'2021-11-27 00:03:00',TIMESTAMP'2021-03-11 00:00:00.123456789',DATE'2021-10-29',DATETIME'2021-10-29 00:00:00',TIMESTAMP'2021-10-11 00:00:00.123456789','2021-11-22',123456782),
(4,DATE'2021-11-26',DATETIME'2021-11-26 00:04:00',TIMESTAMP'2021-04-11 00:00:00.123456789',DATE'2021-10-29',DATETIME'2021-10-29 00:00:00',TIMESTAMP'2021-10-11 00:00:00.123456789','2021-11-23',123456783),
(5,DATE'2021-11-25',DATETIME'2021-11-25 00:05:00',TIMESTAMP'2021-05-11 00:00:00.123456789',DATE'2021-10-29',DATETIME'2021-10-29 00:00:00',TIMESTAMP'2021-10-11 00:00:00.123456789','2021-11-24',123456784),
(6,DATE'2021-11-24',DATETIME'2021-11-24 00:06:00',TIMESTAMP'2021-06-11 00:00:00.123456789',DATE'2021-10-29',DATETIME'2021-10-29 00:00:00',TIMESTAMP'2021-10-11 00:00:00.123456789','2021-11-25',123456785),
(7,DATE'2021-11-23',DATETIME'2021-11-23 00:07:00',TIMESTAMP'2021-07-11 00:00:00.123456789',DATE'2021-10-29',DATETIME'2021-10-29 00:00:00',TIMESTAMP'2021-10-11 00:00:00.123456789','2021-11-26',123456786),
(8,DATE'2021-11-22',DATETIME'2021-11-22 00:08:00',TIMESTAMP'2021-08-11 00:00:00.123456789',DATE'2021-10-29',DATETIME'2021-10-29 00:00:00',TIMESTAMP'2021-10-11 00:00:00.123456789','2021-11-27',123456787),
(9,DATE'2021-11-21',DATETIME'2021-11-21 00:09:00',TIMESTAMP'2021-09-11 00:00:00.123456789',DATE'2021-10-29',DATETIME'2021-10-29 00:00:00',TIMESTAMP'2021-10-11 00:00:00.123456789','2021-11-28',123456788),
(10,DATE'2021-11-20',DATETIME'2021-11-20 00:10:00',TIMESTAMP'2021-10-11 00:00:00.123456789',DATE'2021-10-29',DATETIME'2021-10-29 00:00:00',TIMESTAMP'2021-10-11 00:00:00.123456789','2021-11-29',123456789);
SET odps.sql.hive.compatible=true;
SET odps.sql.type.system.odps2=true;
SELECT datetime1, timestamp1, DATE_FORMAT(datetime1,'yyyy/MM/dd'),
       DATE_FORMAT(datetime1,'yyyy/MM/dd HH:mm:ss'),
       DATE_FORMAT(timestamp1,'yyyy/MM/dd HH:mm:ss')
FROM mf_date_fun_t;
