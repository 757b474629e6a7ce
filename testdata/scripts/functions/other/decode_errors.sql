-- DECODE bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: too few arguments
select decode(1, 1);
-- case: results of different types
select decode(1, 1, 'one', 2, true);
