-- DECODE bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: too few arguments
select decode(1, 1);
-- case: results of different types
select decode(1, 1, 'one', 2, true);
-- case: a STRING result among numbers (the page: all results must be of one type)
select decode(1, 1, 'one', 2, 2);
-- case: a search of another type than the expression
select decode('1', 1, 'one');
