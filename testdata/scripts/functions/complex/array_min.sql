-- ARRAY_MIN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-min
-- The return value is 1.
select array_min(array(1, 20, null, 3));
-- Strings bytewise; arrays member by member.
select array_min(array('b', 'ab', 'c')), array_min(array(array(2), array(1, 5)));
-- Only NULLs, empty array, NULL array.
select array_min(array(null, null)), array_min(cast(array() as array<int>)), array_min(cast(null as array<int>));
