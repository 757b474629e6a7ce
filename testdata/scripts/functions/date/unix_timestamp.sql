-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/unix-timestamp
-- Seconds since 1970-01-01 00:00:00 UTC of a date read in the session time
-- zone (odps.sql.timezone, Asia/Shanghai by default).
select unix_timestamp(datetime '2023-11-10 11:11:00');               -- 1699585860
select unix_timestamp(date '2023-11-10');                            -- 1699545600
select unix_timestamp(timestamp '2023-11-10 11:11:00.123456789');    -- 1699585860
select unix_timestamp(null);                                         -- NULL
-- Page examples (table data, first row of mf_date_fun_t).
select unix_timestamp(date '2021-11-29'), unix_timestamp(datetime '2021-11-29 00:01:00'),
       unix_timestamp(timestamp '2021-01-11 00:00:00.123456789');    -- 1638115200 1638115260 1610294400
-- Without an argument: now (the goldens' fixed clock is 2026-01-02 03:04:05 UTC).
select unix_timestamp();                                             -- 1767323045
-- The session zone changes which instant a DATETIME names, not now.
set odps.sql.timezone=UTC;
select unix_timestamp(datetime '2023-11-10 11:11:00'), unix_timestamp(); -- 1699614660 1767323045
-- The 1.0 edition converts STRING dates.
set odps.sql.timezone=Asia/Shanghai;
set odps.sql.type.system.odps2=false;
select unix_timestamp('2009-03-20 11:11:00'), unix_timestamp('20090320'); -- 1237518660 NULL

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section UNIX_TIMESTAMP: its static examples are above; the table-data one follows.
set odps.sql.type.system.odps2=true;
set odps.sql.timezone=Asia/Shanghai;
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
       UNIX_TIMESTAMP(date1) AS date1_unix_timestamp, 
       datetime1, 
       UNIX_TIMESTAMP(datetime1) AS datetime1_unix_timestamp, 
       timestamp1, 
       UNIX_TIMESTAMP(timestamp1) AS timestamp1_unix_timestamp 
  FROM mf_date_fun_t;

-- Daylight-saving edges (no page example; MaxCompute runs on Java, whose
-- time zone rules read a wall-clock time that a spring-forward gap skips
-- with the offset before the gap, and a repeated fall-back time as the
-- earlier instant).
set odps.sql.timezone=America/New_York;
select unix_timestamp(datetime '2024-03-10 02:30:00'), unix_timestamp(datetime '2024-03-10 03:30:00'); -- 1710055800 1710055800: 02:30 does not exist, it is 03:30 EDT
select unix_timestamp(datetime '2024-11-03 01:30:00');               -- 1730611800: the first 01:30 (EDT)
select from_unixtime(unix_timestamp(datetime '2024-03-10 02:30:00')); -- 2024-03-10 03:30:00
-- Asia/Shanghai kept daylight-saving time in 1986-1991: 1988-04-17 02:00 became 03:00.
set odps.sql.timezone=Asia/Shanghai;
select unix_timestamp(datetime '1988-04-17 02:30:00'), from_unixtime(unix_timestamp(datetime '1988-04-17 02:30:00')); -- 577218600 1988-04-17 03:30:00
