-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/from-unixtime
-- The result is the DATETIME of the session time zone: odps.sql.timezone,
-- Asia/Shanghai (UTC+8) by default in mcsql as in a new MaxCompute project.
select from_unixtime(123456789);             -- 1973-11-30 05:33:09
select from_unixtime(null);                  -- NULL
-- Page examples (table data: date4 of mf_date_fun_t).
select from_unixtime(123456780), from_unixtime(123456781); -- 1973-11-30 05:33:00 1973-11-30 05:33:01
select from_unixtime(0), from_unixtime(1237518660); -- 1970-01-01 08:00:00 2009-03-20 11:11:00
-- The 1.0 edition converts a STRING argument.
set odps.sql.type.system.odps2=false;
select from_unixtime('123456789');           -- 1973-11-30 05:33:09
-- The Hive-compatible edition's second argument formats the result as text.
set odps.sql.hive.compatible=true;
select from_unixtime(123456789, 'yyyy-MM-dd HH:mm:ss'), from_unixtime(123456789, 'yyyy-MM-dd'); -- 1973-11-30 05:33:09 1973-11-30
-- Another session zone reads the same instant differently.
set odps.sql.timezone=UTC;
select from_unixtime(123456789);             -- 1973-11-29 21:33:09
set odps.sql.timezone=America/New_York;
select from_unixtime(0);                     -- 1969-12-31 19:00:00
