-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/current-timestamp
-- The current TIMESTAMP in the session time zone (Asia/Shanghai by default),
-- to the millisecond. mcsql's goldens run with a fixed clock,
-- 2026-01-02 03:04:05 UTC (no fraction, so none is printed).
select current_timestamp();                  -- 2026-01-02 11:04:05
set odps.sql.timezone=UTC;
select current_timestamp();                  -- 2026-01-02 03:04:05
