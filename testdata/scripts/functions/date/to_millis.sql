-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-millis
-- Milliseconds since 1970-01-01 00:00:00 UTC of a date read in the session
-- time zone (Asia/Shanghai, UTC+8, by default).
select to_millis(datetime '2021-03-31 15:15:00');    -- 1617174900000
select to_millis(timestamp '2021-03-31 15:15:00');   -- 1617174900000
-- Page examples (table data, first row of mf_date_fun_t).
select to_millis(datetime '2021-11-29 00:01:00'), to_millis(timestamp '2021-01-11 00:00:00.123456789'); -- 1638115260000 1610294400123
set odps.sql.timezone=UTC;
select to_millis(datetime '2021-03-31 15:15:00');    -- 1617203700000
