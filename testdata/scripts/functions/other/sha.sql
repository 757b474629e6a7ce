-- SHA: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (SHA section)
-- Example 1: 3c01bdbb26f358bab27f267924aa2c9a03fcfdb8
select sha('ABC');
-- Example 2: NULL
select sha(null);
-- BINARY input and the empty string (SHA-1 of nothing: da39a3ee5e6b4b0d3255bfef95601890afd80709).
select sha(cast('ABC' as binary)), sha('');
