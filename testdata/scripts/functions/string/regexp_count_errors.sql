-- REGEXP_COUNT errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/regexp-count
-- case: empty pattern
select regexp_count('abc', '');
-- case: start_position 0
select regexp_count('abc', 'a', 0);
-- The page (the newest found: the String functions page's REGEXP_COUNT section, whose examples are
-- the regexp-count page's) says a source that is not a string, a pattern of another data type and
-- a start_position of another data type are errors, where other string functions convert numbers.
-- case: a number as source
select regexp_count(12321, '2');
-- case: a number as pattern
select regexp_count('a1a1', 1);
-- case: a string as start_position
select regexp_count('abab', 'a', '2');
