-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/weekofyear
-- Page examples: weeks start on Monday; a week belongs to the year holding
-- most of its days (ISO 8601).
select weekofyear(to_date('20141229', 'yyyymmdd'));  -- 1
select weekofyear(to_date('20141231', 'yyyymmdd'));  -- 1
select weekofyear(to_date('20151229', 'yyyymmdd'));  -- 53
select weekofyear('20141231');                       -- NULL
select weekofyear(null);                             -- NULL
select weekofyear(datetime '2021-11-29 00:01:00'), weekofyear(datetime '2021-11-28 00:02:00'); -- 48 47 (table data)
set odps.sql.type.system.odps2=false;
select weekofyear('2021-11-29 00:01:00');            -- 48
