-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/hour
-- Page examples: a STRING may be a date text or hh:mi:ss alone.
select hour('2014-09-01 12:00:00');          -- 12
select hour('12:00:00');                     -- 12
select hour('20140901120000');               -- NULL
select hour(datetime '2021-11-29 00:01:00'), hour(timestamp '2021-01-11 13:00:00.123456789'); -- 0 13
select hour(null);                           -- NULL
select hour(datetime '2021-11-29 00:01:00');             -- 0 (table data)
