-- ARRAY_REPEAT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- The function's own page was not found in the stored copies; the catalog's
-- syntax is array<T> array_repeat(T element, int count), and mcsql follows
-- Spark: count < 1 gives an empty array, a NULL element is repeated, a NULL
-- count gives NULL.
select array_repeat('a', 3);
select array_repeat(1, 0), array_repeat(1, -2);
select array_repeat(null, 2), array_repeat('x', null);
select array_repeat(array(1, 2), 2);
