-- ENCODE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/encode
-- Example 1: abc in UTF-8. Documented: abc.
select encode("abc", "UTF-8");
-- Example 2: abc in UTF-16BE. Documented: =00a=00b=00c.
select encode("abc", "UTF-16BE");
-- Example 3: a NULL argument. Documented: NULL.
select encode("abc", null);
-- The other documented charsets: UTF-16 writes a big-endian byte order
-- mark first (as Java does), UTF-16LE, ISO-8859-1, US-ASCII; names are
-- case-insensitive.
select hex(encode('ab', 'UTF-16')), hex(encode('ab', 'UTF-16LE')), hex(encode('é', 'ISO-8859-1')), hex(encode('ab', 'us-ascii'));
-- Chinese text in UTF-8 and UTF-16BE.
select hex(encode('中文', 'UTF-8')), hex(encode('中文', 'UTF-16BE'));
select encode(null, 'UTF-8');
-- Charsets and patterns from a column are looked up per row (constant ones
-- once per statement).
create table charset_rows (c string, p string);
insert into charset_rows values ('UTF-16LE', '#.0'), ('gbk', '0.00'), (null, null);
select hex(encode('测', c)), is_encoding('測', 'utf-8', c), decode(encode('x', c), c), format_number(2.5, p) from charset_rows;
