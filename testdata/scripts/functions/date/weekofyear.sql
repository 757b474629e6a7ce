-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/weekofyear
-- Page examples: ISO 8601 weeks start on Monday and week 1 holds the
-- year's first Thursday.
select weekofyear(to_date('20141229', 'yyyymmdd'));  -- 1
select weekofyear(to_date('20141231', 'yyyymmdd'));  -- 1
select weekofyear(to_date('20141228', 'yyyymmdd'));  -- 52
select weekofyear(date '2021-01-03'), weekofyear('2021-01-04'), weekofyear('20210104'); -- 53 1 NULL
select weekofyear(null);                             -- NULL
