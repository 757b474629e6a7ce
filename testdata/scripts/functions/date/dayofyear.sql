-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/dayofyear
-- Page example.
select dayofyear('2016-04-09');              -- 100
select dayofyear('2013-09-01 12:00:00'), dayofyear(date '2024-12-31'), dayofyear('2023-12-31'), dayofyear('20231231'); -- 244 366 365 NULL
select dayofyear(null);                      -- NULL
-- The page: a date not of an accepted type gives NULL (a BIGINT converts to
-- STRING first, which is not a date text).
set odps.sql.type.system.odps2=true;
select dayofyear(true), dayofyear(x'01'), dayofyear(20140901); -- NULL NULL NULL
