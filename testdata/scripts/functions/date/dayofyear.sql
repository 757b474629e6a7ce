-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/dayofyear
-- Page examples.
select dayofyear('2013-09-01 12:00:00');     -- 244
select dayofyear(date '2024-12-31'), dayofyear('2023-12-31'), dayofyear('20231231'); -- 366 365 NULL
select dayofyear(null);                      -- NULL
