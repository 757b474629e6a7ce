-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/dateadd
-- case: unknown datepart
select dateadd(datetime '2005-02-28 00:00:00', 1, 'fortnight');
-- case: past year 9999
select dateadd(datetime '9999-12-31 00:00:00', 1, 'dd');
-- case: STRING date (2.0 edition: no implicit conversion of yyyy-mm-dd text)
select dateadd(true, 1, 'dd');
