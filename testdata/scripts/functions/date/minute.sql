-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/minute
-- Page examples: a STRING may be a date text or hh:mi:ss alone.
select minute('2014-09-01 12:30:00');        -- 30
select minute('12:30:00');                   -- 30
select minute('20140901120000');             -- NULL
select minute(datetime '2021-11-29 00:01:00'); -- 1
select minute(null);                         -- NULL
select minute(timestamp '2021-01-11 00:00:00.123456789'); -- 0 (table data)
