-- REGEXP_REPLACE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/regexp-replace
-- (examples as on the string functions page, https://www.alibabacloud.com/help/en/maxcompute/user-guide/string-functions)
-- Example 1
select regexp_replace("abcd", "a", "A", 0); -- Abcd
select regexp_replace("abcd", "a", "", 0); -- bcd
select regexp_replace("1970-01-01", "-", "", 0); -- 19700101
select regexp_replace("a1b2c3", "[0-9]", "", 0); -- abc
select regexp_replace("a1b2c3", "[0-9]", "", 3); -- a1b2c
-- Example 2
select regexp_replace('123.456.7890', '([[:digit:]]{3})\\.([[:digit:]]{3})\\.([[:digit:]]{4})',
'(\\1)\\2-\\3', 0); -- (123)456-7890
-- Example 3
select regexp_replace('abcd', '(.)', '\\1 ', 0); -- a b c d (with a trailing space)
select regexp_replace('abcd', '(.)', '\\1 ', 1); -- a bcd
select regexp_replace("abcd", "(.*)(.)$", "\\2", 0); -- d
-- Example 4: the url_set table, whose url column holds www.simple@xxx.com
-- with a different xxx in each row. Documented: wwwtest (for every row).
create table url_set (url string);
insert into url_set values ('www.simple@aaa.com'), ('www.simple@bbb.com');
select regexp_replace(url,'(www)(.*)','wwwtest',0) from url_set; -- wwwtest
-- Example 5
select regexp_replace('abcd', '(.)', null, 0); -- NULL
-- Example 6: a group the pattern lacks. The page calls the result undefined
-- ("" or "abcd"; "bcd" or "abcd"); mcsql inserts nothing for it.
select regexp_replace("abcd", "(.)", "\\2", 0); -- ""
select regexp_replace("abcd", "a", "\\1", 0); -- bcd
-- Older versions of the page (2019-2021, English and Chinese) show
-- regexp_replace("abcd", "(.)", "\\2", 1) = "abcd" for the first match only, with the
-- same warning that the result is undefined; mcsql removes the first character: bcd.
select regexp_replace("abcd", "(.)", "\\2", 1);
-- The default occurrence is 0 (every match); \0 is the whole match; a raw string
-- needs no doubled backslash: the page's R'(\1)' is the raw string whose text is \1.
select regexp_replace('a1b2', '[0-9]', '<\\0>'), regexp_replace('abcd', '(b)', R"([\1])"), regexp_replace('abcd', '(.)', R'(\1 )', 0);
-- A NULL replace_string gives the source back when nothing matches.
select regexp_replace('abcd', 'x', null, 0); -- abcd
-- NULL source, pattern or occurrence give NULL.
select regexp_replace(null, 'a', 'b'), regexp_replace('abc', null, 'b'), regexp_replace('abc', 'a', 'b', null);
-- Positions and classes count characters, not bytes.
select regexp_replace('阿里云aliyun', '[^\\x{00}-\\x{ff}]', '*'); -- ***aliyun
-- An occurrence past the last match changes nothing; $ is an ordinary character.
select regexp_replace('abc', 'b', 'x', 5), regexp_replace('abc', 'b', '$1');
-- Per-row patterns and replacements.
@t := select * from values ('a-b', '-', '+'), ('a.b', '\\.', '\\0\\0'), ('x', 'y', 'z') t(s, p, r);
select regexp_replace(s, p, r) from @t;
-- Java's escapes that RE2 spells differently: \p{Alpha}, \uXXXX.
select regexp_replace('ab12', '\\p{Alpha}', '_'), regexp_replace('a-b', '\\u002d', '+');
-- The Hive-compatible edition follows Java: $n and ${name} insert groups, \ escapes the next character.
set odps.sql.hive.compatible=true;
select regexp_replace('2026-01-02', '(\\d+)-(\\d+)-(\\d+)', '$3/$2/$1'), regexp_replace('abc', 'b', '\\$'), regexp_replace('ab', '(?<x>b)', '[${x}]');
