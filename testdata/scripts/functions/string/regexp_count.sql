-- REGEXP_COUNT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/regexp-count
-- Example 1
select regexp_count('abababc', 'a.c'); -- 1
select regexp_count('abababc', '[[:alpha:]]{2}', 3); -- 2
-- Example 2
select regexp_count('abababc', null); -- NULL
-- Example 3
select regexp_count('{"account_id":123456789,"account_name":"allen","location":"hangzhou","bill":100}',':'); -- 4
-- The older page's example: from position 3 of abcde.
select regexp_count('abcde', '[[:alpha:]]{2}', 3); -- 1
-- No match is 0; a start past the end counts nothing; characters, not bytes.
select regexp_count('abc', 'x'), regexp_count('abc', 'a', 10), regexp_count('阿里云阿里云', '里', 3);
-- VARCHAR and CHAR are strings too; a NULL literal anywhere gives NULL (Example 2).
select regexp_count(cast('abab' as varchar(10)), 'b'), regexp_count(null, 'a'), regexp_count('abab', 'a', null);
