-- COMBINATIONS errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/combinations
-- case: n above the default limit 5
SELECT combinations(array(1,2,3,4,5,6),6);
-- case: more than 100000 combinations
SELECT combinations(sequence(1, 100), 5);
-- case: negative n
SELECT combinations(array(1,2), -1);
-- case: not an array
SELECT combinations('abc', 1);
