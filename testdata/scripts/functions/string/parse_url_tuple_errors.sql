-- PARSE_URL_TUPLE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/parse-url-tuple
-- The page: an invalid URL, an unknown key, or a NULL URL or key is an error.
-- case: an unknown part
select parse_url_tuple('http://a.com/', 'HOSTNAME');
-- case: no part
select parse_url_tuple('http://a.com/');
-- case: a URL without a protocol
select parse_url_tuple('a.com/p', 'HOST');
-- case: a NULL URL
select parse_url_tuple(cast(null as string), 'HOST') as (h);
-- case: a NULL key
select parse_url_tuple('http://a.com/', cast(null as string)) as (h);
