-- RPAD: https://www.alibabacloud.com/help/en/maxcompute/user-guide/rpad
-- Right-pads str1 with str2 to length characters. Documented: abcdefgh12.
SELECT rpad('abcdefgh', 10, '12');
-- length below the string's: the first 5 characters. Documented: abcde.
SELECT rpad('abcdefgh', 5, '12');
-- length 0. Documented: an empty string.
SELECT rpad('abcdefgh', 0, '12');
-- NULL. Documented: NULL.
SELECT rpad(null, 0, '12');
-- Part of str2. Documented: abcdefgh1.
SELECT rpad('abcdefgh', 9, '12');
SELECT rpad('中', 4, '文a'), rpad('x', 6, 'ab');
