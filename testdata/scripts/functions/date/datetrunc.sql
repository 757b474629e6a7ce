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

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section DATETRUNC: its static examples are above; the table-data one follows.
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
       DATETRUNC(date1,'yyyy') AS date1_datetrunc, 
       datetime1, 
       DATETRUNC(datetime1,'dd') AS datetime1_datetrunc, 
       timestamp1, 
       DATETRUNC(timestamp1,'mm') AS timestamp1_datetrunc 
  FROM mf_date_fun_t;
