-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/last-day
-- case: unknown date_part
select last_day(date '2025-02-10', 'decade');
