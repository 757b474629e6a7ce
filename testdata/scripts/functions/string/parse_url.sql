-- PARSE_URL: https://www.alibabacloud.com/help/en/maxcompute/user-guide/parse-url
select parse_url('file://username:password@example.com:8042/over/there/index.dtb?type=animal&name=narwhal#nose', 'HOST'); -- example.com
select parse_url('file://username:password@example.com:8042/over/there/index.dtb?type=animal&name=narwhal#nose', 'PATH'); -- /over/there/index.dtb
select parse_url('file://username:password@example.com:8042/over/there/index.dtb?type=animal&name=narwhal#nose', 'QUERY', 'type'); -- animal
select parse_url('file://username:password@example.com:8042/over/there/index.dtb?type=animal&name=narwhal#nose', 'REF'); -- nose
select parse_url('file://username:password@example.com:8042/over/there/index.dtb?type=animal&name=narwhal#nose', 'PROTOCOL'); -- file
select parse_url('file://username:password@example.com:8042/over/there/index.dtb?type=animal&name=narwhal#nose', 'AUTHORITY'); -- username:password@example.com:8042
select parse_url('file://username:password@example.com:8042/over/there/index.dtb?type=animal&name=narwhal#nose', 'USERINFO'); -- username:password
-- FILE and QUERY as the PARSE_URL_TUPLE page shows them; parts are not case-sensitive.
select parse_url('file://username:password@example.com:8042/over/there/index.dtb?type=animal&name=narwhal#nose', 'file'); -- /over/there/index.dtb?type=animal&name=narwhal
select parse_url('file://username:password@example.com:8042/over/there/index.dtb?type=animal&name=narwhal#nose', 'Query'); -- type=animal&name=narwhal
select parse_url('file://username:password@example.com:8042/over/there/index.dtb?type=animal&name=narwhal#nose', 'QUERY', 'name'); -- narwhal
-- Absent parts and keys are NULL (an absent path is ''); NULL arguments give NULL.
select parse_url('http://example.com', 'QUERY'), parse_url('http://example.com', 'PATH'), parse_url('http://example.com?a=1', 'QUERY', 'b'), parse_url('http://example.com', 'USERINFO'), parse_url('http://example.com', 'REF');
select parse_url(null, 'HOST'), parse_url('http://example.com', null), parse_url('http://example.com?a=1', 'QUERY', null), parse_url('http://example.com?a=1', 'HOST', 'a');
