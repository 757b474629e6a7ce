-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-add
-- Page examples: the result is a DATE.
select date_add(datetime '2005-02-28 00:00:00', 1);   -- 2005-03-01
select date_add(date '2005-02-28', -1);               -- 2005-02-27
select date_add('2005-02-28 00:00:00', null);         -- NULL
-- Combined with GETDATE: the goldens' fixed clock reads 2026-01-02 11:04:05 in Asia/Shanghai.
select date_add(getdate(), -1);                       -- 2026-01-01
-- Page examples (table data, first row of mf_date_fun_t).
select date_add(date '2021-11-29', 1), date_add(datetime '2021-11-29 00:01:00', -1),
       date_add(timestamp '2021-01-11 00:00:00.123456789', 0); -- 2021-11-30 2021-11-28 2021-01-11
-- Text that is not a date gives NULL.
select date_add('20050228', 1);
-- The page's STRING example runs in the 1.0 edition.
set odps.sql.type.system.odps2=false;
select date_add('2005-02-28 00:00:00', 20);           -- 2005-03-20

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section DATE_ADD: its other static examples are above; the table-data one follows.
set odps.sql.type.system.odps2=true;
-- If the current time is 2020-11-17 16:31:44 the page returns 2020-11-16; the
-- goldens' fixed clock reads 2026-01-02 11:04:05 in Asia/Shanghai: 2026-01-01.
SELECT DATE_ADD(getdate(),-1);
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
       DATE_ADD(date1, 1) AS date1_date_add, 
       datetime1, 
       DATE_ADD(datetime1, -1) AS datetime1_date_add, 
       timestamp1, 
       DATE_ADD(timestamp1, 0) AS timestamp1_date_add 
FROM mf_date_fun_t;
