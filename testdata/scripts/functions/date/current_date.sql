-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions
-- The catalog lists CURRENT_DATE in the date group, but no page of its own
-- was found: mcsql follows Hive's current_date() (today's DATE).
-- Today's DATE in the session time zone (Asia/Shanghai by default).
-- mcsql's goldens run with a fixed clock, 2026-01-02 03:04:05 UTC.
select current_date();                       -- 2026-01-02
set odps.sql.timezone=America/Los_Angeles;
select current_date();                       -- 2026-01-01
