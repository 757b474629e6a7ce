-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/second
-- Page examples: a STRING may be a date text or hh:mi:ss alone.
select second('2014-09-01 12:30:45');        -- 45
select second('12:30:45');                   -- 45
select second('20140901123045');             -- NULL
select second(null);                         -- NULL
select second(datetime '2021-11-29 00:01:07'), second(timestamp '2021-01-11 00:00:00.123456789'); -- 7 0
