-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-date
-- case: too many arguments
select to_date('2025-01-29', 'yyyy-mm-dd', 'x');
-- case: BOOLEAN is not a date text
select to_date(true);
