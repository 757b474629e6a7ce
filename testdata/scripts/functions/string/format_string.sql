-- FORMAT_STRING: https://www.alibabacloud.com/help/en/maxcompute/user-guide/format-string
-- Integer with thousands separators. Documented: 12,345,678.
SELECT FORMAT_STRING("%'d", 12345678L);
-- Simple integer. Documented: 12345678.
SELECT FORMAT_STRING("%d", 12345678L);
-- A string. Documented: hello,Tom.
SELECT FORMAT_STRING('hello,%s', 'Tom');
-- Zero-padded to width 5. Documented: 00123.
SELECT FORMAT_STRING('%05d', 123);
-- An array as text. Documented: [1,2,3,4]. (The page reads the array from a
-- WITH clause, which mcsql's parser does not take yet; the value is the same.)
SELECT FORMAT_STRING('%t', ARRAY(1, 2, 3, 4));
-- More of the same conversions: negative numbers, %s of a number, %t of a
-- string, %% and widths.
SELECT FORMAT_STRING("%'d", -1234567), FORMAT_STRING('%06d', -42), FORMAT_STRING('id=%s', 7), FORMAT_STRING('[%t]', 'x'),
       FORMAT_STRING('100%% %5s|', 'ab'), FORMAT_STRING('%-5d|', 42), FORMAT_STRING('%t', array('a', 'b'));
