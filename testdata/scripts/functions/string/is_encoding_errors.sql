-- IS_ENCODING errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/is-encoding
-- case: an unsupported charset
select is_encoding('abc', 'utf-8', 'klingon');
-- case: two arguments
select is_encoding('abc', 'utf-8');
