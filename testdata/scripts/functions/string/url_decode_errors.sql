-- URL_DECODE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/url-decode
-- case: incomplete escape
select url_decode('abc%2');
-- case: illegal hex characters in an escape
select url_decode('abc%zz');
-- case: unsupported encoding
select url_decode('abc', 'EBCDIC');
