-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/weekofyear
-- Page examples: weeks start on Monday; a week belongs to the year holding
-- most of its days (ISO 8601).
select weekofyear(to_date('20141229', 'yyyymmdd'));  -- 1
select weekofyear(to_date('20141231', 'yyyymmdd'));  -- 1
select weekofyear(to_date('20151229', 'yyyymmdd'));  -- 53
select weekofyear('20141231');                       -- NULL
select weekofyear(null);                             -- NULL
select weekofyear(datetime '2021-11-29 00:01:00'), weekofyear(datetime '2021-11-28 00:02:00'); -- 48 47 (table data)
set odps.sql.type.system.odps2=false;
select weekofyear('2021-11-29 00:01:00');            -- 48

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section WEEKOFYEAR: its static examples are above; the table-data one follows.
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
SELECT datetime1, WEEKOFYEAR(datetime1) AS datetime1_weekofyear FROM mf_date_fun_t; 
-- The newest WEEKOFYEAR page (2026-03): the week that holds January 1 belongs
-- to the year with four or more of its days.
set odps.sql.type.system.odps2=true;
SELECT WEEKOFYEAR(TO_DATE('20241229', 'YYYYMMDD'));  -- 52
SELECT WEEKOFYEAR(TO_DATE('20251229', 'YYYYMMDD'));  -- 1: Monday 2025-12-29 to Sunday 2026-01-04
-- Its date_part: week = week(monday); week(<weekday>) weeks start on that
-- day, the days before the year's first one being week 0; isoweek is ISO 8601.
SELECT WEEKOFYEAR(DATE '2025-03-31','week(monday)');  -- 13
select weekofyear(date '2025-03-31', 'week'), weekofyear(date '2025-03-31', 'isoweek'), weekofyear(date '2025-03-31'); -- 13 14 14
select weekofyear(date '2025-01-04', 'week(sunday)'), weekofyear('2025-01-05 00:00:00', 'week(sunday)'),
       weekofyear(timestamp '2025-12-31 23:00:00', 'week(wednesday)'), weekofyear(date '2025-03-31', null); -- 0 1 53 NULL
-- A text that is not a date gives NULL; a BIGINT converts to such a text.
select weekofyear(20140901), weekofyear('2025/03/31', 'week'); -- NULL NULL
-- The result types of the newest page's table (2025-11 and later, English and
-- Chinese): BIGINT for DATETIME and for STRING, INT for DATE, TIMESTAMP and
-- TIMESTAMP_NTZ, and INT for STRING in the Hive-compatible edition.
create table woy_types as select weekofyear(datetime '2025-03-31 00:00:00') dt, weekofyear('2025-03-31 00:00:00') s,
  weekofyear(date '2025-03-31') d, weekofyear(timestamp '2025-03-31 00:00:00') ts, weekofyear(timestamp_ntz '2025-03-31 00:00:00') ntz;
desc woy_types;
set odps.sql.hive.compatible=true;
create table woy_hive as select weekofyear('2025-03-31') s;
desc woy_hive;
select s from woy_hive; -- 14
