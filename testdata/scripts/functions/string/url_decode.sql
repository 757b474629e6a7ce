-- URL_DECODE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/url-decode
-- The English page prints the result without its Chinese characters; %E7%A4%BA%E4%BE%8B is 示例.
select url_decode('%E7%A4%BA%E4%BE%8Bfor+url_decode%3A%2F%2F+%28fdsf%29'); -- 示例for url_decode:// (fdsf)
-- The page prints "Example for URL_DECODE:// dsf(fasfs)": decoding changes no letter's case,
-- and the + before %3A is a space.
select url_decode('Example+for+url_decode+%3A%2F%2F+dsf%28fasfs%29', 'GBK'); -- Example for url_decode :// dsf(fasfs)
-- GBK bytes; other characters stay; NULL gives NULL.
select url_decode('%CA%BE%C0%FD', 'GBK'), url_decode('a~b 示'), url_decode(null), url_decode('a', null);
