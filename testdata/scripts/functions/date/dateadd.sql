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

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section DATEADD: its other static examples are above; the table-data one follows.
set odps.sql.type.system.odps2=true;
-- Written with double quotes on the page; the result is 2005-02-28 00:00:00.
SELECT DATEADD(CAST("2005-03-30 00:00:00" AS datetime), -1, 'mm');
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
       DATEADD(date1,1,'dd') AS date1_dateadd, 
       datetime1, 
       DATEADD(datetime1,1,'mm') AS datetime1_dateadd, 
       timestamp1, 
       DATEADD(timestamp1,-1,'yyyy') AS timestamp1_dateadd 
FROM mf_date_fun_t;
-- The newest DATEADD page (2026-03): in the 1.0 data type edition a STRING
-- or DOUBLE delta converts to BIGINT (a DOUBLE is truncated, as CAST does;
-- the 2.0 edition rejects a DOUBLE: dateadd_errors).
set odps.sql.type.system.odps2=false;
select dateadd(datetime '2005-02-28 00:00:00', 1.9, 'dd'), dateadd(datetime '2005-02-28 00:00:00', -1.9, 'mm'),
       dateadd(datetime '2005-02-28 00:00:00', '2', 'dd'); -- 2005-03-01 00:00:00 2005-01-28 00:00:00 2005-03-02 00:00:00
-- Per row too: a NULL delta gives NULL.
select dateadd(d, x, 'dd') from values (datetime '2005-02-28 00:00:00', 1.5), (datetime '2005-02-28 00:00:00', cast(null as double)) t(d, x); -- 2005-03-01 00:00:00, NULL
