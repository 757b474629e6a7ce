-- RLIKE with the constructs RE2 cannot match:
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/regular-expressions
-- The newest page (Mar 2026) says RLIKE "supports PCRE syntax, including the
-- Perl backslash sequences \d, \D, and back references (\1-\9)"; it gives no
-- example with one, so these cases are mcsql's own. mcsql matches such
-- patterns with a backtracking engine (regexp2), everything else with RE2.
-- A back reference: a doubled letter. true, false
select 'hello' rlike '(\\w)\\1', 'helo' rlike '(\\w)\\1';
-- The same word twice, and a named group with \k<name>. true, true
select 'it is is' rlike '\\b(\\w+) \\1\\b', 'abab' rlike '^(?<p>ab)\\k<p>$';
-- Lookahead: a password with a digit and an upper-case letter. true, false
select 'Secret1' rlike '^(?=.*\\d)(?=.*[A-Z]).{6,}$', 'secret1' rlike '^(?=.*\\d)(?=.*[A-Z]).{6,}$';
-- Negative lookahead: "foo" not followed by "bar". false, true
select 'foobar' rlike 'foo(?!bar)', 'foobaz' rlike 'foo(?!bar)';
-- Lookbehind: digits after a dollar sign; negative lookbehind. true, false
select 'cost $42' rlike '(?<=\\$)\\d+', '$42' rlike '(?<!\\$)\\b\\d+';
-- An atomic group gives back nothing, so (?>a+)a never matches; nor does the
-- possessive a++a. false, false, true
select 'aaa' rlike '(?>a+)a', 'aaa' rlike 'a++a', 'aaab' rlike '^a*+b$';
-- \Z (end, or before a final newline) and \G (where the search starts). true, true
select concat('ab', chr(10)) rlike 'b\\Z', 'aab' rlike '\\Ga';
-- Java's class intersection: a consonant. true, false
select 'b' rlike '^[a-z&&[^aeiou]]$', 'e' rlike '^[a-z&&[^aeiou]]$';
-- REGEXP and NOT RLIKE take them too. true, false
select 'xx' regexp '(x)\\1', 'xx' not rlike '(x)\\1';
-- Per-row patterns, backtracking or not, through one cache. true, false, true
select s rlike p from values ('aa', '(a)\\1'), ('ab', '(a)\\1'), ('ab', 'a(?=b)') t(s, p);
