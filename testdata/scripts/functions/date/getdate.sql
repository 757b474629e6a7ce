-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/getdate
-- The current date and time in the session time zone (odps.sql.timezone,
-- Asia/Shanghai by default). mcsql's goldens run with a fixed clock,
-- 2026-01-02 03:04:05 UTC, so getdate() shows 2026-01-02 11:04:05.
select getdate();
-- Page example: the date of one day ago (the page shows its own clock's value).
select dateadd(getdate(), -1, 'dd'), to_char(getdate(), 'yyyy-mm-dd');
-- The session zone changes the reading, not the instant.
set odps.sql.timezone=UTC;
select getdate();                            -- 2026-01-02 03:04:05
set odps.sql.timezone=GMT-5;
select getdate();                            -- 2026-01-01 22:04:05
