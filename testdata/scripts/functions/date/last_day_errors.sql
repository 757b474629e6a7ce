-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/last-day
-- case: unknown date_part
select last_day(date '2025-02-10', 'decade');
-- case: a NULL date (the newest page: LAST_DAY(NULL, 'isoyear') returns an error)
select last_day(null, 'isoyear');
-- case: a NULL date without date_part
select last_day(null);
