-- BASE64: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (BASE64 section)
-- Example 1: YWxpYmFiYQ==
select base64(cast ('alibaba' as binary));
-- Example 2: NULL
select base64(null);
-- Padding for 1 and 2 trailing bytes, and the empty value.
select base64(cast('a' as binary)), base64(cast('ab' as binary)), base64(cast('' as binary)), base64(unhex('FF00FE'));
