-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/weekday
-- Page examples: 0 = Monday, ..., 6 = Sunday.
select weekday(datetime '2009-03-20 11:11:00');  -- 4
select weekday(null);                            -- NULL
select weekday(datetime '2021-11-29 00:01:00'), weekday(datetime '2021-11-28 00:02:00'); -- 0 6 (table data)
set odps.sql.type.system.odps2=false;
select weekday('2009-03-20 11:11:00');           -- 4
