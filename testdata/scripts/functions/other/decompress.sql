-- DECOMPRESS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (DECOMPRESS section)
-- Example 1: hello, world
select cast(decompress(compress('hello, world')) as string);
-- Example 2: NULL
select decompress(null);
-- The page's COMPRESS output for 'hello' and for '' decompress to the original values.
select cast(decompress(unhex('1F8B0800000000000003CB48CDC9C9070086A6103605000000')) as string),
       length(hex(decompress(unhex('1F8B080000000000000303000000000000000000'))));
