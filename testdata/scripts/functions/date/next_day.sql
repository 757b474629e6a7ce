-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/next-day
-- Page examples: the first date after startdate on the given weekday
-- (its first two or three letters or its full name), as yyyy-mm-dd.
select next_day('2017-08-01', 'TU');             -- 2017-08-08
select next_day('2017-08-01 23:34:00', 'TU');    -- 2017-08-08
select next_day('20170801', 'TU');               -- NULL
select next_day('2017-08-01 23:34:00', null);    -- NULL
-- Page examples (table data, first rows of mf_date_fun_t).
select next_day(date '2021-11-29', 'MON'), next_day(datetime '2021-11-22 00:08:00', 'TUE'),
       next_day(timestamp '2021-01-11 00:00:00.123456789', 'WED'), next_day('2021-11-25', 'THU'); -- 2021-12-06 2021-11-23 2021-01-13 2021-12-02
select next_day(date '2017-08-01', 'wed'), next_day(datetime '2017-08-01 00:00:00', 'Sunday'), next_day('2017-08-01', 'xx'); -- 2017-08-02 2017-08-06 NULL

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section NEXT_DAY: its static examples are above; the table-data one follows.
set odps.sql.type.system.odps2=true;
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
SET odps.sql.type.system.odps2=true;
SELECT date1, 
       NEXT_DAY(date1,'MON') AS date1_next_day, 
       datetime1, 
       NEXT_DAY(datetime1,'TUE') AS datetime1_next_day, 
       timestamp1, 
       NEXT_DAY(timestamp1,'WED') AS timestamp1_next_day, 
       date3, 
       NEXT_DAY(date3,'THU') AS date3_next_day 
  FROM mf_date_fun_t;
-- The page: a startdate not of the DATE, DATETIME, TIMESTAMP or STRING type gives NULL.
set odps.sql.type.system.odps2=true;
select next_day(true, 'TU'), next_day(x'01', 'TU'), next_day(20170801, 'TU'); -- NULL NULL NULL
