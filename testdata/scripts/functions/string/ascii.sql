-- ASCII: https://www.alibabacloud.com/help/en/maxcompute/user-guide/ascii
-- Example 1: the ASCII code of the first character of abcde. Documented: 97.
select ascii('abcde');
-- Example 2: NULL input. Documented: NULL.
select ascii(null);
-- BIGINT, DOUBLE, DECIMAL and DATETIME convert to STRING first: '1' is 49,
-- '-' is 45, '2' is 50. An empty string has no first character: 0, as in Hive.
select ascii(123), ascii(-1.5), ascii(2.5BD), ascii(datetime'2024-01-01 00:00:00'), ascii('');
-- Beyond ASCII mcsql returns the character's code point (not documented).
select ascii('中文');
