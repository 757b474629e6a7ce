-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/extract
-- Page examples.
select extract(year from '2019-05-01 11:21:00');     -- 2019
select extract(month from '2019-05-01 11:21:00');    -- 5
select extract(day from '2019-05-01 11:21:00');      -- 1
select extract(hour from '2019-05-01 11:21:00');     -- 11
select extract(minute from '2019-05-01 11:21:00');   -- 21
select extract(second from '2019-05-01 11:21:09');   -- 9
select extract(quarter from date '2019-05-01'), extract(week from date '2019-05-01'),
       extract(YEAR from timestamp '2019-05-01 11:21:00.123'); -- 2 18 2019
-- NULL and text that is not a date give NULL.
select extract(year from null), extract(year from '2019/05/01');
