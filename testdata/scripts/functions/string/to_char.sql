-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-char
-- Non-date values: BOOLEAN, BIGINT, DOUBLE, DECIMAL to STRING.
select to_char(123);                         -- 123
select to_char(true);                        -- TRUE (the 2023 page shows true; mcsql follows odpscmd's TRUE)
select to_char(1.23);                        -- 1.23
select to_char(null);                        -- NULL
-- Dates: yyyy mm dd hh mi ss ff3 (case-insensitive) are replaced, other characters are copied.
select to_char(datetime '2025-03-05 14:30:00', 'yyyy-mm-dd');             -- 2025-03-05
select to_char(datetime '2010-12-03 00:00:00', '阿里巴巴同学yyyy年mm月dd日'); -- 阿里巴巴同学2010年12月03日
select to_char(datetime '2008-07-18 00:00:00', 'yyyymmdd');                -- 20080718
select to_char(datetime '2008-07-18 21:10:05', 'yyyy-MM-dd hh:mi:ss');     -- 2008-07-18 21:10:05
select to_char(timestamp '2008-07-18 21:10:05.123', 'hh:mi:ss.ff3'), to_char(date '2008-07-18', 'dd/mm/yyyy'); -- 21:10:05.123 18/07/2008
-- format NULL gives NULL.
select to_char(datetime '2008-07-18 00:00:00', null);                      -- NULL
-- TIMESTAMP with %-directives, in the session zone (Asia/Shanghai by default) or a given one.
select to_char(timestamp '2025-07-20 07:30:00', '%Y-%m-%d %H:%M:%S');                -- 2025-07-20 07:30:00
select to_char(timestamp '2025-07-20 07:30:00', '%Y-%m-%d %H:%M:%S', 'UTC');         -- 2025-07-19 23:30:00
select to_char(timestamp '2025-07-20 07:30:00', '%F %T %p %b %a %%', 'Asia/Tokyo');  -- 2025-07-20 08:30:00 AM Jul Sun %
-- The newest page (2026-03): TIMESTAMP_NTZ takes a time zone too, and is read
-- as UTC ("When the input is a TIMESTAMP_NTZ type and you do not specify a
-- time zone, the UTC time zone is used by default").
select to_char(timestamp_ntz '2025-07-20 07:30:00', '%Y-%m-%d %H:%M:%S');             -- 2025-07-20 07:30:00
select to_char(timestamp_ntz '2025-07-20 07:30:00', '%Y-%m-%d %H:%M:%S', 'Asia/Tokyo'); -- 2025-07-20 16:30:00
select to_char(timestamp_ntz '2025-07-20 07:30:00.123', 'yyyy-mm-dd hh:mi:ss.ff3', 'UTC'), to_char(timestamp_ntz '2025-07-20 07:30:00', 'yyyy', null); -- 2025-07-20 07:30:00.123 NULL
-- More examples of the date functions page.
select to_char(datetime '2010-12-03 00:00:00', 'Alibaba Finance yyyy-mm*dd');  -- Alibaba Finance 2010-12*03
select to_char(datetime '2021-11-29 00:01:00', 'yyyy-mm-dd');                  -- 2021-11-29 (table data)
set odps.sql.type.system.odps2=false;
select to_char('2008-07-18 00:00:00', 'yyyymmdd');                             -- 20080718

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section TO_CHAR: its static examples are above (examples 4 and 5 are errors: to_char_errors); the table-data one follows.
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
SELECT  datetime1, TO_CHAR(datetime1,'yyyy-mm-dd') AS datetime1_to_char
FROM mf_date_fun_t; 
