-- CRC32: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (CRC32 section)
-- Example 1: 2743272264
select crc32('ABC');
-- Example 2: NULL
select crc32(null);
-- An empty string gives 0; BINARY values are checked as their bytes.
select crc32(''), crc32(cast('ABC' as binary));
