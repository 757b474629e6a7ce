-- FLATTEN: https://www.alibabacloud.com/help/en/maxcompute/flatten
-- (older https://www.alibabacloud.com/help/en/maxcompute/user-guide/flatten, zh/ja/tc versions: same example).
-- Example: [1, 2, 3, 4]
SELECT flatten(array(array(1, 2), array(3, 4)));
-- Example: a NULL input gives NULL.
SELECT flatten(null);
-- Empty and NULL inner arrays add nothing; nested arrays flatten one level.
SELECT flatten(array(array(1), cast(null as array<int>), cast(array() as array<int>))), flatten(array(array(array(1, 2)), array(array(3))));
