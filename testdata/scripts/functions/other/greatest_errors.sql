-- GREATEST bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/greatest
-- case: one argument
select greatest(1);
-- case: BOOLEAN
select greatest(true, false);
-- case: a string that is not a number, compared as DOUBLE
select greatest(1, 'abc');
