-- SAMPLE bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sample
-- case: y greater than x
select sample(4, 5);
-- case: x not greater than 0
select sample(0, 1);
-- case: x not a constant
select sample(c, 1) from values (4) t(c);
-- case: x of another type
select sample('4', 1);
-- case: a constant NULL column
select sample(4, 1, null);
