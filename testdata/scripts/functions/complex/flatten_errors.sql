-- FLATTEN errors: https://www.alibabacloud.com/help/en/maxcompute/flatten
-- case: not an array of arrays
SELECT flatten(array(1, 2));
