-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/datediff
-- Page examples: both dates are cut to the unit, then subtracted.
select datediff(timestamp '2006-01-01 00:00:00', timestamp '2005-12-31 23:59:59', 'dd');   -- 1
select datediff(timestamp '2006-01-01 00:00:00', timestamp '2005-12-31 23:59:59', 'mm');   -- 1
select datediff(datetime '2013-05-31 13:00:00', datetime '2013-05-31 12:30:00', 'ss');     -- 1800
select datediff(to_date('2018-06-04 19:33:23.250', 'yyyy-mm-dd hh:mi:ss.ff3'),
                to_date('2018-06-04 19:33:23.234', 'yyyy-mm-dd hh:mi:ss.ff3'), 'ff3');      -- 16
select datediff(date '2013-05-21', date '2013-05-10', null);                                -- NULL
select datediff(date '2025-03-02', date '2025-03-01', 'dd');                                -- 1
select datediff(date '2025-01-01', date '2024-12-31', 'year'), datediff(date '2025-01-01', date '2024-12-31', 'month'); -- 1 1
-- Page examples (table data, first row of mf_date_fun_t).
select datediff(date '2021-11-29', date '2021-10-29', 'dd'), datediff(datetime '2021-11-29 00:01:00', datetime '2021-10-29 00:00:00', 'dd'),
       datediff(timestamp '2021-01-11 00:00:00.123456789', timestamp '2021-10-11 00:00:00.123456789', 'mm'); -- 31 31 -9
-- The newest page's units: weeks start on Monday unless week(<day>) says otherwise; isoweek is Monday too.
select datediff(date '2025-03-03', date '2025-03-02', 'week'), datediff(date '2025-03-02', date '2025-03-01', 'week(sunday)'),
       datediff(date '2025-03-03', date '2025-03-02', 'isoweek'), datediff(date '2025-04-01', date '2025-03-31', 'quarter'); -- 1 1 1 1
select datediff(datetime '2006-01-01 00:00:00', datetime '2005-12-31 23:59:59', 'hh'), datediff(datetime '2006-01-01 00:00:00', datetime '2005-12-31 23:59:59', 'mi'); -- 1 1
-- Without datepart: days (an INT, per the newest page); yyyy-mm-dd text is accepted.
select datediff(date '2025-03-02', date '2025-03-01'), datediff('2025-07-21', '2025-07-01');  -- 1 20
select datediff(null, date '2025-03-01', 'dd');                                               -- NULL
-- STRING dates convert implicitly in the 1.0 edition.
set odps.sql.type.system.odps2=false;
select datediff('2013-05-31 13:00:00', '2013-05-31 12:30:00', 'mi');                         -- 30

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section DATEDIFF: its static examples are above; the table-data one follows.
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
SET odps.sql.type.system.odps2 = true;
SELECT  date1, 
        date2, 
        DATEDIFF(date1,date2,'dd') AS date1_date2_datediff, 
        datetime1, 
        datetime2, 
        DATEDIFF(datetime1,datetime2,'dd') AS datetime1_datetime2_datediff, 
        timestamp1, 
        timestamp2, 
        DATEDIFF(timestamp1,timestamp2,'mm') AS timestamp1_timestamp2_datediff
FROM    mf_date_fun_t;
