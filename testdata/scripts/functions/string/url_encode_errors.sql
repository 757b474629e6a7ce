-- URL_ENCODE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/url-encode
-- case: unsupported encoding
select url_encode('a b', 'latin-9');
