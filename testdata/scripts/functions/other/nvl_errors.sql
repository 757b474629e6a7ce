-- NVL bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: one argument
select nvl(1);
-- case: no common type
select nvl(1, true);
