-- ARRAY_JOIN errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-join
-- case: no delimiter
select array_join(array(1));
-- case: array of arrays
select array_join(array(array(1)), ',');
