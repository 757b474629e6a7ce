-- LENGTHB: https://www.alibabacloud.com/help/en/maxcompute/user-guide/lengthb
-- Example 1. Documented: 15.
select lengthb('Tech on the net');
-- Example 2. Documented: NULL.
select lengthb(null);
-- Bytes of the UTF-8 text.
select lengthb('中文'), lengthb(''), lengthb(12345);
-- Older versions of the string functions page: lengthb('hi! 中国') = 10
-- (two Chinese characters of 3 bytes each).
select lengthb('hi! 中国');
