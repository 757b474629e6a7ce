-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-format
-- case: unknown pattern letter
select date_format(date '2019-12-27', 'yyyy-MM-dd Q');
