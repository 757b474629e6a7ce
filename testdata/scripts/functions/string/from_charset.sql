-- FROM_CHARSET: https://www.alibabacloud.com/help/en/maxcompute/user-guide/from-charset
-- Example 1: UTF-8 bytes to a string. Documented: 加油锟斤拷 and a line
-- break (the bytes end with 0a).
SELECT FROM_CHARSET(unhex('e58aa0e6b2b9e9949fe696a4e68bb70a'),'UTF-8', 'TRANSLIT');
-- Example 2: GBK bytes. Documented: 哈哈好の.
SELECT FROM_CHARSET(unhex('b9feb9febac3a4ce'), 'GBK');
-- Example 3: a NULL argument. Documented: NULL.
SELECT FROM_CHARSET(unhex('b9feb9febac3a4ce'), null);
-- The other documented charsets: GB2312 (测试 is in it), GB18030, UTF-16LE.
SELECT FROM_CHARSET(unhex('b2e2cad4'), 'GB2312'), FROM_CHARSET(unhex('b2e2cad4'), 'GB18030'), FROM_CHARSET(unhex('4b6dd58b'), 'UTF-16LE');
-- Bytes the charset cannot read: IGNORE drops them, TRANSLIT writes ? for
-- them (mcsql's choice of a similar character: the page does not say which).
SELECT FROM_CHARSET(unhex('61ff62'), 'UTF-8', 'IGNORE'), FROM_CHARSET(unhex('61ff62'), 'UTF-8', 'TRANSLIT'), FROM_CHARSET(unhex('61ff62'), 'UTF-8', 'translit');
