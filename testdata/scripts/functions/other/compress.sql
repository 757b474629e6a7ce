-- COMPRESS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (COMPRESS section)
-- Example 1: =1F=8B=08=00=00=00=00=00=00=03=CBH=CD=C9=C9=07=00=86=A6=106=05=00=00=00
select compress('hello');
-- The same bytes in hex: 1F8B0800000000000003CB48CDC9C9070086A6103605000000
select hex(compress('hello'));
-- Example 2: =1F=8B=08=00=00=00=00=00=00=03=03=00=00=00=00=00=00=00=00=00
select compress('');
-- Example 3: NULL
select compress(null);
-- mcsql reproduces zlib's deflate (MaxCompute's) for values up to 16000 bytes: zlib never
-- matches the first position, so 'abcabc' is six literals (4B4C4A4E4C4A0600), while 'hello hello
-- hello' uses a match (CB48CDC9C957C8409000).
select hex(compress('abcabc')), hex(compress('hello hello hello'));
-- BINARY input compresses its bytes; a repetitive value shrinks and comes back whole.
select compress(cast('hello' as binary)) = compress('hello');
@long := 'abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabc';
select length(@long), length(hex(compress(@long))) div 2, cast(decompress(compress(@long)) as string) = @long;
