-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-sub
-- Page examples: the result is a DATE.
select date_sub(datetime '2005-03-01 00:00:00', 1);   -- 2005-02-28
select date_sub(date '2005-03-01', -1);               -- 2005-03-02
select date_sub('2005-03-01 00:00:00', 1);            -- 2005-02-28
select date_sub(timestamp '2021-01-11 00:00:00.123456789', 10); -- 2021-01-01
-- delta NULL gives NULL; text that is not a date gives NULL.
select date_sub(date '2005-03-01', null), date_sub('2005/03/01', 1);
