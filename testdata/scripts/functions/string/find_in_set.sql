-- FIND_IN_SET: https://www.alibabacloud.com/help/en/maxcompute/user-guide/find-in-set
-- Example 1
SELECT FIND_IN_SET('ab', 'abc,hello,ab,c') AS pos; -- 3
-- Example 2
SELECT FIND_IN_SET('hi', 'abc,hello,ab,c') AS pos; -- 0
-- Example 3: another delimiter.
SELECT FIND_IN_SET('ab', 'abc_hello_ab_c', '_') AS pos; -- 3
-- Example 4
SELECT FIND_IN_SET(null, 'abc,hello,ab,c') AS pos; -- NULL
-- str1 holding the delimiter gives 0; a multi-character delimiter; NULL delimiter.
select find_in_set('a,b', 'a,b,c'), find_in_set('b', 'a::b::c', '::'), find_in_set('a', 'a', null), find_in_set('', 'a,,b');
