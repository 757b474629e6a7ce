-- REPLACE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/replace
-- Example 1
select replace('ababab','abab','12'); -- 12ab
-- Example 2
select replace('123abab456ab',null,'abab'); -- NULL
-- Every non-overlapping occurrence, left to right; no occurrence leaves str as it is.
select replace('ababab', 'ab', 'x'), replace('aaa', 'aa', 'b'), replace('abc', 'x', 'y'), replace('阿里云', '里', 'li');
-- Numbers convert to STRING.
select replace(12321, 2, 0);
