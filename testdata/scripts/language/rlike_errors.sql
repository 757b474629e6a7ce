-- RLIKE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/regular-expressions
-- The page documents back references (\1 to \9); RE2 cannot match them, nor
-- lookaround, atomic groups or possessive quantifiers, so mcsql reports the
-- construct instead of matching differently.
-- case: a back reference
select 'aa' rlike '(a)\\1';
-- case: lookahead
select 'ab' rlike 'a(?=b)';
-- case: lookbehind in a per-row pattern
select s rlike p from values ('ab', '(?<=a)b') t(s, p);
-- case: a possessive quantifier with REGEXP
select 'aa' regexp 'a++';
-- case: a malformed pattern
select 'a' rlike '(a';
