-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/dayofweek
-- Page example: 1 = Sunday, 2 = Monday, ..., 7 = Saturday.
select dayofweek('2009-07-30');                      -- 5: a Thursday
select dayofweek(datetime '2014-09-01 08:00:00'), dayofweek('2014-09-07'), dayofweek(date '2014-09-06'), dayofweek('20140907'); -- 2 1 7 NULL
select dayofweek(null);                              -- NULL
-- The page: a date not of an accepted type gives NULL (a BIGINT converts to
-- STRING first, which is not a date text).
set odps.sql.type.system.odps2=true;
select dayofweek(true), dayofweek(x'01'), dayofweek(20140901); -- NULL NULL NULL
