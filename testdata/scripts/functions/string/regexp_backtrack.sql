-- The REGEXP_* functions and SPLIT with patterns RE2 cannot match
-- (backreferences, lookaround, atomic groups, possessive quantifiers):
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/regular-expressions
-- (the newest RLIKE page: MaxCompute patterns are PCRE and support back
-- references \1-\9; the function pages, e.g.
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/regexp-replace,
-- use the same patterns). The pages give no example with these constructs,
-- so the cases are mcsql's own; mcsql matches them with a backtracking
-- engine (regexp2) and everything else with RE2.
-- Backreference: doubled letters. 2, ll, ["ll","oo"], 3, oo
select regexp_count('hello moon', '(\\w)\\1'),
       regexp_substr('hello moon', '(\\w)\\1'),
       regexp_extract_all('hello moon', '((\\w)\\2)'),
       regexp_instr('hello moon', '(\\w)\\1'),
       regexp_substr('hello moon', '(\\w)\\1', 1, 2);
-- Remove a repeated word; the group is \1 in the replacement too. it is here
select regexp_replace('it is is here', '\\b(\\w+) \\1\\b', '\\1');
-- Repeated-word extraction, group 1 and group 0. is, is is
select regexp_extract('it is is here', '\\b(\\w+) \\1\\b'), regexp_extract('it is is here', '\\b(\\w+) \\1\\b', 0);
-- Lookahead: thousands separators. 1,234,567
select regexp_replace('1234567', '(\\d)(?=(\\d{3})+$)', '\\1,');
-- Lookahead and lookbehind: the amount after a dollar sign, a word before "!". 42, hi
select regexp_extract('cost: $42.', '(?<=\\$)(\\d+)'), regexp_substr('say hi! now', '\\w+(?=!)');
-- Negative lookbehind: digits not after a minus. ["12","34"]
select regexp_extract_all('12 -5 34', '(?<![-\\d])\\d+', 0);
-- Atomic group and possessive quantifier: no backtracking into them.
-- NULL, NULL, aaab
select regexp_substr('aaa', '(?>a+)a'), regexp_substr('aaa', 'a++a'), regexp_substr('aaab', 'a*+b');
-- REGEXP_INSTR's return_option and start_position with a lookahead: from
-- character 2 the first match is b (before 1). 2, 3
select regexp_instr('ab1 cd2', '[a-z]+(?=\\d)', 2, 1, 0), regexp_instr('ab1 cd2', '[a-z]+(?=\\d)', 2, 1, 1);
-- Occurrence in REGEXP_REPLACE: only the first doubled letter. Xbbcc
select regexp_replace('aabbcc', '(\\w)\\1', 'X', 1);
-- SPLIT around a lookbehind (zero width, after each comma) and around a
-- backreference. ["a,","b,","c"], ["a","b","c"]
select split('a,b,c', '(?<=,)'), split('a--b==c', '([-=])\\1');
-- The Hive-compatible edition writes groups in the replacement as $n. it is here
set odps.sql.hive.compatible=true;
select regexp_replace('it is is here', '\\b(\\w+) \\1\\b', '$1');
