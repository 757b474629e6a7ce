-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/add-months
-- Page examples (static data).
select add_months('2017-02-14', 3);              -- 2017-05-14
select add_months('17-2-14', 3);                 -- 0017-05-14
select add_months('2017-02-14 21:30:00', 3);     -- 2017-05-14
select add_months('20170214', 3);                -- NULL
select add_months('2017-02-14 21:30:00', null);  -- NULL
-- Page examples (table data, first row of mf_date_fun_t).
select add_months(date '2021-11-29', 1), add_months(datetime '2021-11-29 00:01:00', 2),
       add_months(timestamp '2021-01-11 00:00:00.123456789', 3), add_months('2021-11-20', 4); -- 2021-12-29 2022-01-29 2021-04-11 2022-03-20
-- A day past the target month's end becomes its last day (as DATEADD does).
select add_months('2024-01-31', 1), add_months('2023-03-31', -1), add_months('2024-02-29', 12); -- 2024-02-29 2023-02-28 2025-02-28
-- A NULL num_months gives NULL; a NULL startdate is an error (add_months_errors).

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section ADD_MONTHS: its static examples are above; the table-data one follows.
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
       ADD_MONTHS(date1,1) AS date1_add_months, 
       datetime1, 
       ADD_MONTHS(datetime1, 2) AS datetime1_add_months, 
       timestamp1, 
       ADD_MONTHS(timestamp1,3) AS timestamp1_add_months, 
       date3, 
       ADD_MONTHS(date3,4) AS date3_add_months 
FROM mf_date_fun_t;
-- The page: a startdate not of the DATE, DATETIME, TIMESTAMP or STRING type
-- gives NULL (a BIGINT converts to STRING first, which is not a date).
set odps.sql.type.system.odps2=true;
select add_months(true, 1), add_months(x'01', 1), add_months(20170214, 3); -- NULL NULL NULL
