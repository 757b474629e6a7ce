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

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section DATEPART: its static examples are above; the table-data one follows.
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
       DATEPART(date1,'yyyy') AS date1_datepart, datetime1, 
       DATEPART(datetime1,'dd') AS datetime1_datepart, 
       timestamp1, 
       datepart(timestamp1,'mm') AS timestamp1_datepart 
  FROM mf_date_fun_t;
