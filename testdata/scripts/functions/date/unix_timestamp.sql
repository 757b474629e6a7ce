-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/unix-timestamp
-- Seconds since 1970-01-01 00:00:00 UTC of a date read in the session time
-- zone (odps.sql.timezone, Asia/Shanghai by default).
select unix_timestamp(datetime '2023-11-10 11:11:00');               -- 1699585860
select unix_timestamp(date '2023-11-10');                            -- 1699545600
select unix_timestamp(timestamp '2023-11-10 11:11:00.123456789');    -- 1699585860
select unix_timestamp(null);                                         -- NULL
-- Page examples (table data, first row of mf_date_fun_t).
select unix_timestamp(date '2021-11-29'), unix_timestamp(datetime '2021-11-29 00:01:00'),
       unix_timestamp(timestamp '2021-01-11 00:00:00.123456789');    -- 1638115200 1638115260 1610294400
-- Without an argument: now (the goldens' fixed clock is 2026-01-02 03:04:05 UTC).
select unix_timestamp();                                             -- 1767323045
-- The session zone changes which instant a DATETIME names, not now.
set odps.sql.timezone=UTC;
select unix_timestamp(datetime '2023-11-10 11:11:00'), unix_timestamp(); -- 1699614660 1767323045
-- The 1.0 edition converts STRING dates.
set odps.sql.timezone=Asia/Shanghai;
set odps.sql.type.system.odps2=false;
select unix_timestamp('2009-03-20 11:11:00'), unix_timestamp('20090320'); -- 1237518660 NULL
