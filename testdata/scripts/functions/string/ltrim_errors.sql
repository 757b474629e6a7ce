-- LTRIM errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/ltrim
-- case: a boolean
select ltrim(true);
