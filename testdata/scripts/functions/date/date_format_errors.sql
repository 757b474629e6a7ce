-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-format
-- case: unknown pattern letter
select date_format(datetime '2019-12-27 00:00:00', 'yyyy-MM-dd Q');
-- case: a STRING date outside the Hive-compatible edition
select date_format('2022-04-24', 'yyyy-MM-dd');
-- case: a NULL date (the page: an error)
select date_format(null, 'yyyy');
