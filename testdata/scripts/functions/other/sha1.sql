-- SHA1: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (SHA1 section)
-- Example 1: 3c01bdbb26f358bab27f267924aa2c9a03fcfdb8
select sha1('ABC');
-- Example 2: NULL
select sha1(null);
-- BINARY input gives the same digest as the string's bytes.
select sha1(cast('ABC' as binary)) = sha1('ABC');
