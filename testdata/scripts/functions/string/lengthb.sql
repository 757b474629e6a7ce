-- LENGTHB: https://www.alibabacloud.com/help/en/maxcompute/user-guide/lengthb
-- Example 1. Documented: 15.
select lengthb('Tech on the net');
-- Example 2. Documented: NULL.
select lengthb(null);
-- Bytes of the UTF-8 text.
select lengthb('中文'), lengthb(''), lengthb(12345);
