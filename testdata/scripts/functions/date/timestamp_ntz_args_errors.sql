-- TIMESTAMP_NTZ arguments of the classic date functions: errors.
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/dateadd
-- case: DATEADD of a NULL TIMESTAMP_NTZ is an error, as for the other date types
select dateadd(cast(null as timestamp_ntz), 1, 'dd');
-- case: a result past 9999-12-31
select dateadd(timestamp_ntz '9999-12-31 00:00:00', 1, 'dd');
-- case: DATETRUNC's time_zone form takes a TIMESTAMP only
select datetrunc(timestamp_ntz '2025-01-09 03:04:05', 'dd', 'UTC');
