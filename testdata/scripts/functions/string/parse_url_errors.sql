-- PARSE_URL errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/parse-url
-- case: invalid part
select parse_url('http://example.com', 'PORT');
-- case: invalid URL: no protocol
select parse_url('example.com/a', 'HOST');
-- case: invalid URL: a space
select parse_url('http://spark. apache.org/path?query=1', 'HOST');
