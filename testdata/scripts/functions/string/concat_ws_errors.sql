-- CONCAT_WS errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/concat-ws
-- The page: str1 or str2 of a type other than STRING, BIGINT, DECIMAL,
-- DOUBLE or DATETIME is an error.
-- case: a boolean part
select concat_ws(',', 'a', true);
-- case: an array of numbers
select concat_ws(',', array(1, 2));
-- case: only a separator
select concat_ws(',');
