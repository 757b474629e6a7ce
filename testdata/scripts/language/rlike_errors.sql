-- RLIKE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/regular-expressions
-- The page documents back references (\1 to \9); mcsql matches them, and
-- lookaround, atomic groups and possessive quantifiers, with a backtracking
-- engine (see rlike_backtrack.sql), each match bounded by a timeout (1 s).
-- case: catastrophic backtracking in a per-row pattern
select s rlike p from values (concat(repeat('a', 40), '!'), '^(?=a)(a+)+$') t(s, p);
-- case: a backreference to a group the pattern lacks
select 'aa' rlike '(a)\\2';
-- case: a malformed pattern
select 'a' rlike '(a';
