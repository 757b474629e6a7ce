-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/last-day
-- Page examples: a STRING yyyy-mm-dd.
select last_day('2017-03-04');               -- 2017-03-31
select last_day('2017-07-04 11:40:00');      -- 2017-07-31
select last_day('20170304');                 -- NULL
select last_day(date '2024-02-01'), last_day(datetime '2021-11-29 00:01:00'); -- 2024-02-29 2021-11-30
-- The newest page adds date_part: then the result is a DATE.
select last_day('2025-10-01');                   -- 2025-10-31
select last_day('2025-06-27 11:40:00', 'week(sunday)'), last_day('2025-06-27 11:40:00', 'isoweek'),
       last_day('2025-06-27 11:40:00', 'week'), last_day('2025-06-27 11:40:00', 'week(monday)'); -- 2025-06-28 2025-06-29 2025-06-29 2025-06-29
select last_day(date '2025-02-10', 'year'), last_day(date '2025-02-10', 'q'), last_day(datetime '2024-02-10 10:00:00', 'mm'),
       last_day(date '2024-12-30', 'isoyear'), last_day(date '2026-01-02', 'isoyear'); -- 2025-12-31 2025-03-31 2024-02-29 2025-12-28 2027-01-03
select last_day('20250101', 'year'), last_day(date '2025-02-10', null);

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section LAST_DAY: its static examples are above; the table-data one follows.
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
       LAST_DAY(date1) AS date1_lastday, 
       datetime1, 
       LAST_DAY(datetime1) AS datetime1_lastday, 
       timestamp1, 
       LAST_DAY(timestamp1) AS timestamp1_lastday, 
       date3, 
       LAST_DAY(date3) AS date3_lastday 
  FROM mf_date_fun_t;
-- The page: a date not of the DATE, DATETIME, TIMESTAMP or STRING type gives NULL.
set odps.sql.type.system.odps2=true;
select last_day(true), last_day(x'01'), last_day(20170304), last_day(true, 'month'); -- NULL NULL NULL NULL
