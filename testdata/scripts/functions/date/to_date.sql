-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-date
-- Without a format: yyyy-mm-dd or yyyy-mm-dd hh:mi:ss text gives a DATE.
select to_date('2025-01-29');                                        -- 2025-01-29
select to_date('2021-09-24'), to_date('2021-09-24 13:39:34');        -- 2021-09-24 2021-09-24
select to_date('20210924');                                          -- NULL
-- With a format: a DATETIME.
select to_date('Alibaba2025-01*27', 'Alibabayyyy-mm*dd');            -- 2025-01-27 00:00:00
select to_date('Alibaba 2010-12*03', 'Alibaba yyyy-mm*dd');          -- 2010-12-03 00:00:00
select to_date('20250112', 'yyyymmdd');                              -- 2025-01-12 00:00:00
select to_date('20080718', 'yyyymmdd');                              -- 2008-07-18 00:00:00
select to_date('202501281212', 'yyyymmddhhmi');                      -- 2025-01-28 12:12:00
select to_date('200807182030', 'yyyymmddhhmi');                      -- 2008-07-18 20:30:00
select to_date('20251030 15-13-12.345', 'yyyymmdd hh-mi-ss.ff3');    -- 2025-10-30 15:13:12
select to_date('2025-09-24T13:39:34.119Z', 'yyyy-MM-ddThh:mi:ss.ff3Z'); -- 2025-09-24 13:39:34
select to_date('2009-07-01 16:09:00', 'yyyy-mm-dd hh:mi:ss');        -- 2009-07-01 16:09:00
select to_date('2021-11-20', 'yyyy-mm-dd');                          -- 2021-11-20 00:00:00 (table data, date3)
-- NULL inputs.
select to_date(null, 'yyyymmdd hh-mi-ss.ff3');                       -- NULL
select to_date('20251030 15-13-12.345', null);                       -- NULL
-- Invalid inputs give NULL.
select to_date('2025112', 'yyyymmdd');                               -- NULL: the day lacks a digit
select to_date('2008718', 'yyyymmdd');                               -- NULL
select to_date('Alibaba2025-12*3', 'Alibabayyyy-mm*dd');             -- NULL
select to_date('2010-24-01', 'yyyy-mm-dd');                          -- NULL: no month 24
select to_date('2009-07-01', 'yyyy-mm-dd hh:mi:ss');                 -- NULL: the text is too short
-- The newest page: yyyy must appear exactly once (an older page read
-- to_date('1234-2234', 'yyyy-yyyy') as 1234-01-01 00:00:00).
select to_date('1234-2234', 'yyyy-yyyy');                            -- NULL
-- BIGINT and DATETIME arguments are read as their text.
select to_date(20250112, 'yyyymmdd'), to_date(datetime '2025-01-12 10:00:00', 'yyyy-mm-dd hh:mi:ss'); -- 2025-01-12 00:00:00 2025-01-12 10:00:00

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section TO_DATE: its other static examples are above; the table-data one follows.
set odps.sql.type.system.odps2=true;
-- This older page says these are errors; the newest TO_DATE page (2026-03)
-- returns NULL for text that does not match the format, which mcsql follows.
SELECT TO_DATE('Alibaba 2010-12*3', 'Alibaba yyyy-mm*dd');  -- NULL
-- The return value is 2018-10-30 15:13:12.
SELECT TO_DATE('20181030 15-13-12.345','yyyymmdd hh-mi-ss.ff3');
-- The return value is NULL.
SELECT TO_DATE(null,'yyyymmdd hh-mi-ss.ff3');
-- The return value is NULL.
SELECT TO_DATE('20181030 15-13-12.345', null);
-- If the input value is in the ISO 8601 format, the return value is 2021-09-24 13:39:34.
SELECT TO_DATE('2021-09-24T13:39:34.119Z', 'yyyy-MM-ddThh:mi:ss.ff3Z');
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
SELECT date3, TO_DATE(date3, 'yyyy-mm-dd') AS date3_to_date FROM mf_date_fun_t; 
