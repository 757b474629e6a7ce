-- UNBASE64: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (UNBASE64 section)
-- Example 1: alibaba
select unbase64('YWxpYmFiYQ==');
-- Example 2: NULL
select unbase64(null);
-- Round trip with BASE64, and the empty string.
select cast(unbase64(base64(cast('MaxCompute' as binary))) as string), hex(unbase64(''));
