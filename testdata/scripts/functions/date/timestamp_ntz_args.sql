-- TIMESTAMP_NTZ arguments of the classic date functions.
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-timestamp-ntz-data-type-introduction
-- The newest pages of DATEADD (https://www.alibabacloud.com/help/en/maxcompute/user-guide/dateadd),
-- DATEDIFF (https://www.alibabacloud.com/help/en/maxcompute/user-guide/datediff), DATEPART,
-- DATETRUNC, DATE_FORMAT, TO_CHAR, YEAR, MONTH, DAY..., LAST_DAY, ADD_MONTHS, WEEKOFYEAR,
-- UNIX_TIMESTAMP and TO_MILLIS list TIMESTAMP_NTZ among their date types. A TIMESTAMP_NTZ is a
-- wall clock that no session time zone shifts; the functions reading its calendar fields read
-- them as written, and those giving an instant read it as UTC.
-- DATEADD and DATETRUNC return the type of their date: a TIMESTAMP_NTZ, with its nanoseconds.
-- 2025-02-28 03:04:05.123456789 (a month past January 31 lands on February's last day), 2025-05-01 00:00:00
select dateadd(timestamp_ntz '2025-01-31 03:04:05.123456789', 1, 'mm'), datetrunc(timestamp_ntz '2025-05-06 07:08:09', 'month');
-- 2025-01-01 23:59:59, 2025-01-02 00:00:00.000001
select dateadd(timestamp_ntz '2025-01-02 00:00:00', -1, 'ss'), dateadd(timestamp_ntz '2025-01-02 00:00:00', 1, 'ff6');
-- DATEDIFF counts the unit boundaries crossed: 2 days, 1 year, 86401 seconds; without a date_part, days (an INT): 2.
select datediff(timestamp_ntz '2025-01-02 00:00:00', timestamp_ntz '2024-12-31 23:59:59', 'dd'),
       datediff(timestamp_ntz '2025-01-02 00:00:00', timestamp_ntz '2024-12-31 23:59:59', 'yyyy'),
       datediff(timestamp_ntz '2025-01-02 00:00:00', timestamp_ntz '2024-12-31 23:59:59', 'ss'),
       datediff(timestamp_ntz '2025-01-02 00:00:00', timestamp_ntz '2024-12-31 23:59:59');
-- DATEPART: 2025, 1, 3, 4, 5
select datepart(timestamp_ntz '2025-01-02 03:04:05', 'yyyy'), datepart(timestamp_ntz '2025-01-02 03:04:05', 'mm'),
       datepart(timestamp_ntz '2025-01-02 03:04:05', 'hh'), datepart(timestamp_ntz '2025-01-02 03:04:05', 'mi'),
       datepart(timestamp_ntz '2025-01-02 03:04:05', 'ss');
-- Fields: 2025, 4, 12, 31, 31, 4 (Wednesday), 365, 1 (ISO week 1 of 2026), 23, 59, 58
select year(timestamp_ntz '2025-12-31 23:59:58'), quarter(timestamp_ntz '2025-12-31 23:59:58'),
       month(timestamp_ntz '2025-12-31 23:59:58'), day(timestamp_ntz '2025-12-31 23:59:58'),
       dayofmonth(timestamp_ntz '2025-12-31 23:59:58'), dayofweek(timestamp_ntz '2025-12-31 23:59:58'),
       dayofyear(timestamp_ntz '2025-12-31 23:59:58'), weekofyear(timestamp_ntz '2025-12-31 23:59:58'),
       hour(timestamp_ntz '2025-12-31 23:59:58'), minute(timestamp_ntz '2025-12-31 23:59:58'),
       second(timestamp_ntz '2025-12-31 23:59:58');
-- LAST_DAY: 2024-02-29, and with a date_part the last day of the quarter, 2024-03-31;
-- ADD_MONTHS: 2024-02-29.
select last_day(timestamp_ntz '2024-02-10 12:00:00'), last_day(timestamp_ntz '2024-02-10 12:00:00', 'quarter'),
       add_months(timestamp_ntz '2024-01-31 12:00:00', 1);
-- Formatting reads the wall clock as written: 2025-01-02 03:04:05.006, 20250102 03:04:05, 2025/01/02 03:04:05
select date_format(timestamp_ntz '2025-01-02 03:04:05.006789', 'yyyy-MM-dd HH:mi:ss.SSS'),
       to_char(timestamp_ntz '2025-01-02 03:04:05', 'yyyymmdd hh:mi:ss'),
       to_char(timestamp_ntz '2025-01-02 03:04:05', '%Y/%m/%d %H:%M:%S');
-- Epoch numbers read a TIMESTAMP_NTZ as UTC, a DATETIME in the session zone (Asia/Shanghai here):
-- 0, 1500, and -28800 for DATETIME '1970-01-01 00:00:00'.
select unix_timestamp(timestamp_ntz '1970-01-01 00:00:00'), to_millis(timestamp_ntz '1970-01-01 00:00:01.5'),
       unix_timestamp(datetime '1970-01-01 00:00:00');
-- Another session zone changes the DATETIME's instant, not the TIMESTAMP_NTZ's: 1736391845, 1736391845000, 1736420645.
set odps.sql.timezone=America/Los_Angeles;
select unix_timestamp(timestamp_ntz '2025-01-09 03:04:05'), to_millis(timestamp_ntz '2025-01-09 03:04:05'),
       unix_timestamp(datetime '2025-01-09 03:04:05');
-- Nor do the fields move: 2025-01-09 03:04:05 reads as hour 3 in every zone.
select hour(timestamp_ntz '2025-01-09 03:04:05'), datetrunc(timestamp_ntz '2025-01-09 03:04:05', 'dd');
-- NULL arguments: a NULL date_part or delta gives NULL.
select dateadd(timestamp_ntz '2025-01-09 03:04:05', cast(null as bigint), 'dd'), year(cast(null as timestamp_ntz)),
       unix_timestamp(cast(null as timestamp_ntz));
