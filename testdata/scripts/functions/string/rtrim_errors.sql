-- RTRIM errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/rtrim
-- case: a boolean
select rtrim(true);
