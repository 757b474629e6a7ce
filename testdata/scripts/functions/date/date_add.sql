-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-add
-- Page examples: the result is a DATE.
select date_add(datetime '2005-02-28 00:00:00', 1);   -- 2005-03-01
select date_add(date '2005-02-28', -1);               -- 2005-02-27
select date_add('2005-03-01 00:00:00', -1);           -- 2005-02-28 (STRING with at least yyyy-mm-dd)
select date_add(timestamp '2021-01-11 00:00:00.123456789', 10); -- 2021-01-21
select date_add('2005-02-28', 20);                    -- 2005-03-20
-- delta NULL gives NULL; text that is not a date gives NULL.
select date_add(date '2005-02-28', null), date_add('20050228', 1);
