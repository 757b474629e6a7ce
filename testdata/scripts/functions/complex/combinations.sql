-- COMBINATIONS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/combinations
-- (also https://help.aliyun.com/zh/maxcompute/user-guide/combinations and the ja/tc
-- versions: same examples). The page says the order of the combinations is
-- not guaranteed; mcsql lists them in the order example 2 prints.
-- Example 1: [['foo', 'bar'],['foo', 'boo'],['bar', 'boo']]
SELECT combinations(array('foo', 'bar', 'boo'),2);
-- Example 2: [[1, 2, 3], [1, 2, 4], [1, 3, 4], [2, 3, 4], [1, 2, 5], [1, 3, 5], [2, 3, 5], [1, 4, 5], [2, 4, 5], [3, 4, 5]]
SELECT combinations(array(1,2,3,4,5),3);
-- Example 3: duplicates are kept by position: [[1,2], [1,2], [2,2]]
SELECT combinations(array(1,2,2),2);
-- n greater than the array's length: an empty array. n = 0: one empty combination. NULL: NULL.
SELECT combinations(array(1,2),3), combinations(array(1,2),0), combinations(cast(null as array<int>), 2), combinations(array(1), null);
-- The limits move with their flags.
set odps.sql.max.combination.length=6;
SELECT combinations(array(1,2,3,4,5,6),6);
