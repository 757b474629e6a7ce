-- URL_ENCODE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/url-encode
-- The English page prints the inputs without their Chinese characters ("Example for
-- url_encode"); the Chinese page's input is 示例for url_encode:// (fdsf), which is what
-- its result %E7%A4%BA%E4%BE%8B... encodes.
select url_encode('示例for url_encode:// (fdsf)'); -- %E7%A4%BA%E4%BE%8Bfor+url_encode%3A%2F%2F+%28fdsf%29
-- The page prints Example+for+url_encode+%3A%2F%2F+dsf%28fasfs%29, whose "+" before %3A
-- stands for a space the input does not have; the input encodes without it.
select url_encode('Example for url_encode:// dsf(fasfs)', 'GBK'); -- Example+for+url_encode%3A%2F%2F+dsf%28fasfs%29
select url_encode('Example for url_encode :// dsf(fasfs)', 'GBK'); -- Example+for+url_encode+%3A%2F%2F+dsf%28fasfs%29
-- GBK encodes Chinese characters in two bytes; letters, digits and .-*_ stay; NULL gives NULL.
select url_encode('示例', 'GBK'), url_encode('a.b-c*d_e~f'), url_encode(null), url_encode('a', null);
