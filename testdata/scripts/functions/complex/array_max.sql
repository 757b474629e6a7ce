-- ARRAY_MAX: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- The function's own page was not found in the stored copies (the overview
-- lists it: "Returns the largest element in an array"); it mirrors ARRAY_MIN's page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-min):
-- NULL elements are skipped, a NULL array gives NULL.
-- 20
select array_max(array(1, 20, null, 3));
-- Strings bytewise, dates chronologically.
select array_max(array('b', 'ab', 'c')), array_max(array(date '2024-01-02', date '2023-12-31'));
-- Only NULLs, empty array, NULL array.
select array_max(array(null, null)), array_max(cast(array() as array<int>)), array_max(cast(null as array<int>));
