-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/from-unixtime
-- The result is the DATETIME of the session time zone: odps.sql.timezone,
-- Asia/Shanghai (UTC+8) by default in mcsql as in a new MaxCompute project.
select from_unixtime(123456789);             -- 1973-11-30 05:33:09
select from_unixtime(null);                  -- NULL
-- Page examples (table data: date4 of mf_date_fun_t).
select from_unixtime(123456780), from_unixtime(123456781); -- 1973-11-30 05:33:00 1973-11-30 05:33:01
select from_unixtime(0), from_unixtime(1237518660); -- 1970-01-01 08:00:00 2009-03-20 11:11:00
-- The 1.0 edition converts a STRING argument.
set odps.sql.type.system.odps2=false;
select from_unixtime('123456789');           -- 1973-11-30 05:33:09
-- The Hive-compatible edition's second argument formats the result as text.
set odps.sql.hive.compatible=true;
select from_unixtime(123456789, 'yyyy-MM-dd HH:mm:ss'), from_unixtime(123456789, 'yyyy-MM-dd'); -- 1973-11-30 05:33:09 1973-11-30
-- Another session zone reads the same instant differently.
set odps.sql.timezone=UTC;
select from_unixtime(123456789);             -- 1973-11-29 21:33:09
set odps.sql.timezone=America/New_York;
select from_unixtime(0);                     -- 1969-12-31 19:00:00

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section FROM_UNIXTIME: its static examples are above; the table-data one follows.
set odps.sql.type.system.odps2=true;
set odps.sql.timezone=Asia/Shanghai;
set odps.sql.hive.compatible=false;
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
SELECT date4, FROM_UNIXTIME(date4) AS date4_from_unixtime FROM mf_date_fun_t;
-- The page: in the 1.0 data type edition a STRING, DOUBLE or DECIMAL unixtime
-- converts to BIGINT (a fraction is truncated, as CAST does); the 2.0
-- edition rejects a DOUBLE or DECIMAL (from_unixtime_errors).
set odps.sql.type.system.odps2=false;
select from_unixtime(123456789.7), from_unixtime(cast(123456789 as decimal)); -- 1973-11-30 05:33:09 1973-11-30 05:33:09
