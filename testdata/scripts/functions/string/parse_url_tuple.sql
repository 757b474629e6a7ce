-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/parse-url-tuple
-- item0..item9: example.com, /over/there/index.dtb, type=animal&name=narwhal, nose, file,
-- username:password@example.com:8042, /over/there/index.dtb?type=animal&name=narwhal,
-- username:password, animal, narwhal
select parse_url_tuple('file://username:password@example.com:8042/over/there/index.dtb?type=animal&name=narwhal#nose', 'HOST', 'PATH', 'QUERY', 'REF', 'PROTOCOL', 'AUTHORITY', 'FILE', 'USERINFO', 'QUERY:type', 'QUERY:name') as (item0, item1, item2, item3, item4, item5, item6, item7, item8, item9);
-- Parts are not case-sensitive. Missing parts and keys are NULL; the
-- default names are c0, c1, ...
select parse_url_tuple('http://a.com/p', 'query', 'Query:x', 'REF', 'host');
-- With LATERAL VIEW.
select t.id, u.host, u.q from values (1, 'http://x.org/?q=1'), (2, 'ftp://y.net/f') t(id, url)
  lateral view parse_url_tuple(url, 'HOST', 'QUERY:q') u as host, q;
