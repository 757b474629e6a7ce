-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/weekday
-- Page examples: 0 = Monday, ..., 6 = Sunday.
select weekday(datetime '2009-03-20 11:11:00');  -- 4
select weekday(date '2009-03-22'), weekday('2009-03-23'), weekday('20090323'); -- 6 0 NULL
select weekday(null);                            -- NULL
