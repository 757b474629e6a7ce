-- LPAD: https://www.alibabacloud.com/help/en/maxcompute/user-guide/lpad
-- Example 1. Documented: 12abcdefgh.
SELECT lpad('abcdefgh', 10, '12');
-- Example 2: length below the string's. Documented: abcde.
SELECT lpad('abcdefgh', 5, '12');
-- Example 3: length 0. Documented: an empty string.
SELECT lpad('abcdefgh', 0, '12');
-- Example 4: NULL. Documented: NULL.
SELECT lpad(null, 0, '12');
-- Example 5: part of str2. Documented: 1abcdefgh.
SELECT lpad('abcdefgh', 9, '12');
-- Characters, not bytes; str2 repeats as needed; a negative length is ''.
SELECT lpad('中', 4, '文a'), lpad('x', 6, 'ab'), lpad('abc', -1, 'x'), lpad('abc', 5, null);
