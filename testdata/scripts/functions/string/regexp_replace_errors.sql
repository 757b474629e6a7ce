-- REGEXP_REPLACE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/regexp-replace
-- case: empty pattern
select regexp_replace('abcd', '', 'x');
-- case: negative occurrence
select regexp_replace('abcd', 'a', 'x', -1);
-- case: invalid pattern
select regexp_replace('abcd', '(a', 'x');
-- case: a backreference to a group the pattern lacks
select regexp_replace('aa', '(a)\\k<b>', 'x');
-- case: catastrophic backtracking: each match is bounded by a timeout (1 s)
select regexp_replace(concat(repeat('a', 40), '!'), '^(?=a)(a+)+$', 'x');
-- case: per-row invalid pattern
@t := select * from values ('a', '[') t(s, p);
select regexp_replace(s, p, 'x') from @t;
-- case: Hive-compatible edition: $ references a missing group, as Java reports
set odps.sql.hive.compatible=true;
select regexp_replace('abc', 'b', '$1');
-- case: occurrence of another type
select regexp_replace('abc', 'b', 'x', 'one');
