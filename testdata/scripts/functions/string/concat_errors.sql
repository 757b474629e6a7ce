-- CONCAT errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/concat
-- The page: the arrays must have one element type; other string argument
-- types than BIGINT, DOUBLE, DECIMAL and DATETIME are errors.
-- case: arrays of different element types
select concat(array(1, 2), array('a'));
-- case: an array and a string
select concat(array(1), 'a');
-- case: a boolean
select concat('a', true);
-- case: a string and a binary
select concat('a', x'62');
