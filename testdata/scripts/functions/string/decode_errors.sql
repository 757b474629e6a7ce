-- DECODE (string) errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/decode
-- case: bytes that are not valid UTF-8
select decode(unhex('FF'), 'UTF-8');
-- case: a byte above 127 in US-ASCII
select decode(unhex('E9'), 'US-ASCII');
-- case: an unsupported charset
select decode(unhex('61'), 'EBCDIC');
-- case: a string where the bytes go
select decode('abc', 'UTF-8');
-- case: one argument
select decode(unhex('61'));
