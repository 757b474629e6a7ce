-- REVERSE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/reverse
-- (page of Oct 23, 2025: STRING, BINARY or ARRAY; reversed byte by byte,
-- except in the BigQuery-compatible mode, which mcsql does not emulate.)
-- Example 1. Documented: hcum yrev nuyila evol I.
SELECT REVERSE('I love aliyun very much');
-- Example 2. Documented: NULL.
SELECT REVERSE(null);
-- Example 3. Documented: [3, 4, 1, 2] (odpscmd prints no spaces).
SELECT REVERSE(ARRAY(2, 1, 4, 3));
-- Example 4. Documented: y=F47=99=E3=A4s=85=84B=CB=93=02=E14=FA.
SELECT REVERSE(UNHEX('FA34E10293CB42848573A4E39937F479'));
-- Numbers convert to STRING; a multi-byte character's bytes are reversed too.
SELECT REVERSE(12345), hex(REVERSE('中'));
