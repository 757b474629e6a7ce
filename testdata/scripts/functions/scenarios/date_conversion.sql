-- args: -D bizdate=20240312
-- Scenario: converting between STRING, DATETIME and TIMESTAMP, as the
-- "common functions / date format conversion" article does, and the
-- DataWorks ${bizdate} partition idioms users paste from real scripts.
-- Articles:
--   https://www.alibabacloud.com/help/en/maxcompute/use-cases/convert-data-types-among-string-timestamp-and-datetime
--   (the Chinese article "MaxCompute常用函数 / 日期数据格式转换" repeats its examples)
--   https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-date
--   https://www.alibabacloud.com/help/en/maxcompute/user-guide/dateadd
-- STRING to TIMESTAMP: the article prints 2009-07-01 16:09:00.000; mcsql (as
-- odpscmd) prints a TIMESTAMP without a zero fraction.
select cast('2009-07-01 16:09:00' as timestamp);
-- STRING to DATETIME, with CAST and with TO_DATE: 2009-07-01 16:09:00 (both)
select cast('2009-07-01 16:09:00' as datetime), to_date('2009-07-01 16:09:00', 'yyyy-mm-dd hh:mi:ss');
-- TO_DATE with a format that asks for more than the text has: NULL
select to_date('2009-07-01', 'yyyy-mm-dd hh:mi:ss');
-- TIMESTAMP to STRING, with CAST and TO_CHAR: 2009-07-01 16:09:00 (both)
select cast(cast('2009-07-01 16:09:00' as timestamp) as string),
       to_char(cast('2009-07-01 16:09:00' as timestamp), 'yyyy-mm-dd hh:mi:ss');
-- TIMESTAMP to DATETIME, with CAST and TO_DATE: 2009-07-01 16:09:00 (both)
select cast(cast('2009-07-01 16:09:00' as timestamp) as datetime),
       to_date(cast('2009-07-01 16:09:00' as timestamp), 'yyyy-mm-dd hh:mi:ss');
-- DATETIME to TIMESTAMP and to STRING at GETDATE(): the article's clock read
-- 2021-10-14 10:21:47.939; the goldens' fixed clock is 2026-01-02 03:04:05 UTC,
-- 2026-01-02 11:04:05 in Asia/Shanghai:
-- 2026-01-02 11:04:05, 2026-01-02 11:04:05, 2026-01-02, 2026
select cast(getdate() as timestamp), to_char(getdate(), 'yyyy-mm-dd hh:mi:ss'),
       to_char(getdate(), 'yyyy-mm-dd'), to_char(getdate(), 'yyyy');
-- TO_DATE page: 2025-01-12 00:00:00, 2025-01-28 12:12:00, NULL (a digit missing)
select to_date('20250112', 'yyyymmdd'), to_date('202501281212', 'yyyymmddhhmi'), to_date('2025112', 'yyyymmdd');
-- ISO 8601 text (TO_DATE page): 2025-09-24 13:39:34
select to_date('2025-09-24T13:39:34.119Z', 'yyyy-MM-ddThh:mi:ss.ff3Z');

-- DataWorks partition idioms with ${bizdate} = 20240312 (results from the
-- DATEADD rules: days carry into months, a month step keeps the day unless it
-- overflows, then the month's last day).
-- the day before and the week after: 20240311 20240319
select to_char(dateadd(to_date('${bizdate}', 'yyyymmdd'), -1, 'dd'), 'yyyymmdd'),
       to_char(dateadd(to_date('${bizdate}', 'yyyymmdd'), 7, 'dd'), 'yyyymmdd');
-- the 30- and 365-day windows: 20240211 20230313 (2024 is a leap year)
select to_char(dateadd(to_date('${bizdate}', 'yyyymmdd'), -30, 'dd'), 'yyyymmdd'),
       to_char(dateadd(to_date('${bizdate}', 'yyyymmdd'), -365, 'dd'), 'yyyymmdd');
-- month and year steps, mixed-case format: 202402 202203 20240305
select to_char(dateadd(to_date('${bizdate}', 'yyyymmdd'), -1, 'mm'), 'yyyymm'),
       to_char(dateadd(to_date('${bizdate}', 'yyyymmdd'), -24, 'mm'), 'yyyymm'),
       to_char(dateadd(to_date('${bizdate}', 'yyyyMMdd'), -7, 'dd'), 'yyyyMMdd');
-- month start and year start by text: 20240301 20240101
select concat(substr('${bizdate}', 1, 6), '01'), concat(substr('${bizdate}', 1, 4), '0101');
-- a month step that overflows the day: 2024-03-31 minus one month is 2024-02-29
select dateadd(datetime '2024-03-31 00:00:00', -1, 'mm');
-- partition pruning by text comparison: true true
select '20240305' >= to_char(dateadd(to_date('${bizdate}', 'yyyymmdd'), -7, 'dd'), 'yyyymmdd'),
       '20240305' between '20240301' and '${bizdate}';
-- day differences and calendar fields: 11 1 (Tuesday; WEEKDAY counts Monday as 0) 11 (ISO week)
select datediff(to_date('${bizdate}', 'yyyymmdd'), to_date('20240301', 'yyyymmdd'), 'dd'),
       weekday(to_date('${bizdate}', 'yyyymmdd')), weekofyear(to_date('${bizdate}', 'yyyymmdd'));
-- the month's first and last day: 2024-03-01 00:00:00 2024-03-31 00:00:00
select datetrunc(to_date('${bizdate}', 'yyyymmdd'), 'mm'), lastday(to_date('${bizdate}', 'yyyymmdd'));
-- epoch seconds both ways (Asia/Shanghai): 2024-03-12 10:11:12 1710172800 20240312
select from_unixtime(1710209472), unix_timestamp(to_date('${bizdate}', 'yyyymmdd')),
       to_char(from_unixtime(cast(1710209472123 / 1000 as bigint)), 'yyyymmdd');
