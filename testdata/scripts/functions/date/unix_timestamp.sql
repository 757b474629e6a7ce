-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/unix-timestamp
-- Seconds since 1970-01-01 00:00:00 UTC of a date read in the session time
-- zone (odps.sql.timezone, Asia/Shanghai by default).
select unix_timestamp(datetime '2009-03-20 11:11:00');   -- 1237518660
select unix_timestamp('2009-03-20 11:11:00'), unix_timestamp(date '2009-03-20'), unix_timestamp('20090320'); -- 1237518660 1237478400 NULL
-- Without an argument: now (the goldens' fixed clock is 2026-01-02 03:04:05 UTC).
select unix_timestamp();                                 -- 1767323045
select unix_timestamp(null);                             -- NULL
-- The session zone changes which instant a DATETIME names.
set odps.sql.timezone=UTC;
select unix_timestamp(datetime '2009-03-20 11:11:00');   -- 1237547460
select unix_timestamp();                                 -- 1767323045: now is the same instant
