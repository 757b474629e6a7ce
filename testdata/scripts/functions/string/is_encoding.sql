-- IS_ENCODING: https://www.alibabacloud.com/help/en/maxcompute/user-guide/is-encoding
-- (page of May 15, 2025: a NULL from_encoding or to_encoding gives NULL; an
-- older version made it an error.) The newest page has no examples; these
-- are the older version's.
-- Example 1: 测试 and 測試 fit GBK. Documented: true, true.
select is_encoding('测试', 'utf-8', 'gbk');
select is_encoding('測試', 'utf-8', 'gbk');
-- Example 2: GB2312 has no 測試. Documented: false.
select is_encoding('測試', 'utf-8', 'gb2312');
-- Example 3: a NULL charset. Documented: NULL.
select is_encoding('测试', null, 'gbk');
-- An empty string belongs to every charset; English fits US-ASCII, Chinese does not.
select is_encoding('', 'utf-8', 'us-ascii'), is_encoding('abc', 'UTF-8', 'US-ASCII'), is_encoding('中', 'UTF-8', 'ISO-8859-1'), is_encoding(null, 'utf-8', 'gbk');
