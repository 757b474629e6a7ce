-- DECODE, the string function: https://www.alibabacloud.com/help/en/maxcompute/user-guide/decode
-- STRING DECODE(BINARY str, STRING charset): the bytes of str, read in
-- charset (UTF-8, UTF-16, UTF-16LE, UTF-16BE, ISO-8859-1, US-ASCII). The same
-- name is the if-then-else DECODE (golden other/decode.sql); two arguments
-- select this form. Examples from the string-functions page's DECODE section.
-- Example 1: encode and decode English Sample in UTF-8. Documented: English Sample.
SELECT DECODE(ENCODE("English Sample","UTF-8"), "UTF-8");
-- Example 2: a NULL argument. Documented: NULL.
SELECT DECODE(ENCODE("English Sample","UTF-8"), NULL);
-- Chinese text through UTF-8 comes back unchanged.
select decode(encode('中文样例', 'UTF-8'), 'UTF-8');
-- ENCODE's documented UTF-16BE bytes =00a=00b=00c read back: abc.
select decode(encode('abc', 'UTF-16BE'), 'UTF-16BE'), decode(unhex('006100620063'), 'utf-16be');
-- UTF-16 reads a byte order mark (FEFF big-endian, FFFE little-endian), and
-- is big-endian without one; UTF-16LE, ISO-8859-1 and US-ASCII.
select decode(unhex('FEFF00610062'), 'UTF-16'), decode(unhex('FFFE61006200'), 'UTF-16'), decode(unhex('00610062'), 'UTF-16'),
       decode(unhex('61006200'), 'UTF-16LE'), decode(unhex('E9'), 'ISO-8859-1'), decode(unhex('616263'), 'US-ASCII');
-- NULL in either argument gives NULL.
select decode(cast(null as binary), 'UTF-8'), decode(unhex('61'), null);
-- The if-then-else form is unchanged.
select decode(2, 1, 'one', 2, 'two', 'many');
