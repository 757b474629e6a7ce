-- ARRAY_NORMALIZE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-normalize
-- case: negative p
select array_normalize(array(1.0, 2.0), -1.0);
-- case: integer elements
select array_normalize(array(1, 2), 1.0);
