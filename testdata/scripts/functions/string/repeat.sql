-- REPEAT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/repeat
-- Example 1. Documented: abcabcabcabcabc.
select repeat('abc', 5);
-- Example 2. Documented: NULL.
select repeat('abc', null);
-- n <= 0 gives '' (as in Hive); numbers convert to STRING.
select concat('[', repeat('abc', 0), repeat('abc', -2), ']'), repeat(12, 3), repeat(null, 2);
