-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-millis
-- Milliseconds since 1970-01-01 00:00:00 UTC of a DATETIME read in the
-- session time zone (Asia/Shanghai, UTC+8, by default).
select to_millis(datetime '2013-07-08 23:59:59');    -- 1373299199000
select to_millis(timestamp '2013-07-08 23:59:59.123'), to_millis(date '1970-01-01'); -- 1373299199123 -28800000
select to_millis(null);                              -- NULL
set odps.sql.timezone=UTC;
select to_millis(datetime '2013-07-08 23:59:59');    -- 1373327999000
