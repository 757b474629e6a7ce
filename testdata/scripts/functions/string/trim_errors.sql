-- TRIM errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/trim
-- case: a boolean
select trim(true);
-- case: a side without FROM
select trim(both 'x' 'abc');
