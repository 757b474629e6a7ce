-- NULLIF bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: one argument
select nullif(1);
-- case: no common type
select nullif(1, true);
