-- CRC32 bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: BOOLEAN argument
select crc32(true);
