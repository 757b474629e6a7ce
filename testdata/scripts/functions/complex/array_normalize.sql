-- ARRAY_NORMALIZE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-normalize
-- [0.125, 0.25, 0.625]
SELECT array_normalize(array(10.0, 20.0, 50.0), 1.0);
-- null: an element is NULL.
SELECT array_normalize(array(1.0, null, 3.0), 2.0);
-- p = 2 (Euclidean norm); p = 0 returns the array itself.
select array_normalize(array(3.0, 4.0), 2), array_normalize(array(3.0, 4.0), 0);
-- FLOAT elements.
select array_normalize(array(cast(1 as float), cast(1 as float)), 1.0);
-- NULL array.
select array_normalize(cast(null as array<double>), 1.0);
