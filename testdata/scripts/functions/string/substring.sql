-- SUBSTRING: https://www.alibabacloud.com/help/en/maxcompute/user-guide/substring
-- (page of Mar 26, 2026: STRING or BINARY; "SUBSTRING and SUBSTR are
-- synonymous", but this page makes a length <= 0 an error where SUBSTR's
-- gives '': mcsql follows each page.)
-- Documented: bc, b, bc, ab.
select substring('abc', 2);
select substring('abc', 2, 1);
select substring('abc', -2, 2);
select substring('abc', -3, 2);
-- Documented: 001 (BIN(2345) is 100100101001).
select substring(bin(2345), 2, 3);
-- Documented: NULL.
select substring('abc', null, null);
-- start_position 0 gives ''.
select concat('[', substring('abc', 0), ']');
-- BINARY is cut by bytes and stays BINARY (mcsql: the page says STRING, but
-- bytes are not text).
select substring(x'616263', 2), hex(substring(unhex('00112233'), -2, 1));
