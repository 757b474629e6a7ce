-- LENGTH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/length
-- Example 1. Documented: 15.
select length('Tech on the net');
-- Example 2. Documented: NULL.
select length(null);
-- Characters, not bytes; text that is not UTF-8 gives -1, as the page says.
select length('中文'), length(''), length(cast(unhex('ff') as string));
-- BIGINT, DOUBLE, DECIMAL and DATETIME convert to STRING.
select length(12345), length(1.5), length(1.25BD), length(datetime'2024-01-02 03:04:05');
-- An older Chinese version of the string functions page: length('hi! 中国') = 6.
-- (An older English version writes length('hi! China') = 6; its text has 9
-- characters, so mcsql gives 9: the page translated the Chinese example's
-- characters to a word and kept the number.)
select length('hi! 中国'), length('hi! China');
