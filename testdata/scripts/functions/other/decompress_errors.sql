-- DECOMPRESS bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: not GZIP data
select decompress(cast('hello' as binary));
-- case: truncated GZIP data
select decompress(unhex('1F8B0800000000000003CB48CDC9C907'));
-- case: STRING argument
select decompress('hello');
