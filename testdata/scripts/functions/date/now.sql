-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions (section NOW)
-- The current date and time in the session time zone (Asia/Shanghai by
-- default). mcsql's goldens run with a fixed clock, 2026-01-02 03:04:05 UTC,
-- so the page's millisecond digits are 0 here.
select now();                                             -- 2026-01-02 11:04:05
select date_format(now(), 'yyyy-MM-dd hh:mi:ss.SSS');     -- 2026-01-02 11:04:05.000
set odps.sql.timezone=UTC;
select now();                                             -- 2026-01-02 03:04:05
