-- RLIKE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/regular-expressions
-- x RLIKE p (and its synonym x REGEXP p) is true when the regular expression p
-- matches anywhere in x. Patterns are PCRE (Java in the Hive-compatible
-- edition); mcsql matches with Go's RE2 after translating the Java/PCRE
-- spellings RE2 lacks, exactly as the REGEXP_* functions do.
-- The page's examples: the beginning and the end of a string. true, true
SELECT 'aa123bb' RLIKE '^a', 'aa123bb' RLIKE 'b$';
-- Escaping happens twice: the SQL string 'a\\+b' is the pattern a\+b. true
select 'a+b' rlike 'a\\+b';
-- \d, \D and POSIX character groups. true, true, true, false
select '2024' rlike '^\\d+$', 'ab' rlike '^\\D+$', 'x9' rlike '[[:alpha:]][[:digit:]]', 'x9' rlike '^[[:punct:]]';
-- Chinese characters by code point range. true, false
select '中文' rlike '^[\\x{4e00}-\\x{9fa5}]+$', 'abc' rlike '[\\x{4e00}-\\x{9fa5}]';
-- Java/PCRE spellings RE2 lacks, translated: \p{Alpha} and \P{Digit} (POSIX
-- classes), \p{IsDigit}, \uXXXX, \e, \h, \Q...\E quoting, the (?u) flag.
-- All true.
select 'abc' rlike '^\\p{Alpha}+$', 'a-' rlike '\\P{Digit}\\u002d', '7' rlike '\\p{IsDigit}',
       concat(chr(27), '[0m') rlike '^\\e\\[', 'a\tb' rlike 'a\\hb', 'a.b*' rlike '\\Q.b*\\E', 'ABC' rlike '(?iu)abc';
-- Literal braces where they cannot be a repetition, as in Java. true, true
select 'a{' rlike 'a{', '{x}' rlike '^{x}$';
-- REGEXP is the same operator; NOT negates. true, false, true
select 'abc' regexp 'b', 'abc' not rlike 'b', 'abc' not regexp '^b';
-- A NULL operand gives NULL.
select cast(null as string) rlike 'a', 'a' rlike cast(null as string);
-- Non-STRING operands convert to STRING: 123 RLIKE '^1\d+' is true.
select 123 rlike '^1\\d+';
-- Per-row patterns are compiled once per distinct pattern (a cache), with
-- the same translation. true, false, true
select s rlike p from values ('abc', '\\p{Lower}+'), ('ABC', '^\\p{Lower}'), ('a.c', '\\Q.\\E') t(s, p);
