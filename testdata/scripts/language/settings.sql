-- Session settings that change results (README "Session settings").
-- The default time zone is Asia/Shanghai, a new MaxCompute project's; the
-- golden runs' clock is fixed at 2026-01-02 03:04:05 UTC.
select getdate(), from_unixtime(0), unix_timestamp(datetime'1970-01-01 08:00:00');
set odps.sql.timezone=UTC;
select getdate(), from_unixtime(0), unix_timestamp(datetime'1970-01-01 08:00:00');
set odps.sql.timezone=GMT-5;
select getdate(), from_unixtime(0);
set odps.sql.timezone=America/Los_Angeles;
select getdate();
-- Flags mcsql does not act on are kept and ignored.
set odps.sql.allow.fullscan=true;
select 1;
