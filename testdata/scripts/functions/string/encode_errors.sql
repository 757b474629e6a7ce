-- ENCODE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/encode
-- The page: ISO-8859-1 and US-ASCII can encode only English characters.
-- case: Chinese in US-ASCII
select encode('中文', 'US-ASCII');
-- case: Chinese in ISO-8859-1
select encode('中文', 'ISO-8859-1');
-- case: an unsupported charset
select encode('abc', 'UTF-7');
