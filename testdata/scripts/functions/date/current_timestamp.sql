-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/current-timestamp
-- The current TIMESTAMP in the session time zone (Asia/Shanghai by default),
-- to the millisecond. mcsql's goldens run with a fixed clock,
-- 2026-01-02 03:04:05 UTC (no fraction, so none is printed).
select current_timestamp();                  -- 2026-01-02 11:04:05
set odps.sql.timezone=UTC;
select current_timestamp();                  -- 2026-01-02 03:04:05

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section CURRENT_TIMESTAMP: its example as printed there.
set odps.sql.timezone=Asia/Shanghai;
-- The page shows '2017-08-03 11:50:30.661' at its own clock; the goldens'
-- fixed clock, 2026-01-02 03:04:05 UTC, reads 2026-01-02 11:04:05 here.
SET odps.sql.type.system.odps2=true;
SELECT CURRENT_TIMESTAMP(); 
