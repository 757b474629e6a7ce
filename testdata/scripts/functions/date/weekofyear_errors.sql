-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/weekofyear
-- case: a date of another type (the newest page: an error; an older one said NULL)
select weekofyear(true);
-- case: a date_part that is not a week unit
select weekofyear(date '2025-03-31', 'day');
-- case: the Hive-compatible edition takes no date_part (the newest page)
set odps.sql.hive.compatible=true;
select weekofyear(date '2025-03-31', 'week');
