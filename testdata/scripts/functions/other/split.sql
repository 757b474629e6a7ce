-- SPLIT: https://www.alibabacloud.com/help/en/maxcompute/split
-- Standard example and Example 1
SELECT SPLIT('a,b,c', ','); -- ["a","b","c"]
-- Example 2: the separator does not occur.
SELECT SPLIT('a,b,c', ':'); -- ["a,b,c"]
-- Example 3: consecutive separators.
SELECT SPLIT('a,,b', ','); -- ["a","","b"]
-- Example 4: a multi-character separator.
SELECT SPLIT('a::b::c', '::'); -- ["a","b","c"]
-- Example 5: trailing empty strings.
SELECT SPLIT('a,b,c,,', ','); -- ["a","b","c"]
SELECT SPLIT('a,b,c,,', ',', false); -- ["a","b","c","",""]
-- Example 6: escapes and special characters.
SELECT SPLIT('hello\nworld', '\n'); -- ["hello","world"]
SELECT SPLIT('a\tb\tc', '\t'); -- ["a","b","c"]
SELECT SPLIT('line1\rline2', '\r'); -- ["line1","line2"]
-- The page writes SPLIT('a\\b\\c', '\\\\\\\\') for ["a","b","c"]; as printed, the
-- source holds single backslashes and the pattern matches two, so nothing splits.
-- With two backslashes between the letters it splits as documented:
SELECT SPLIT('a\\b\\c', '\\\\\\\\'), SPLIT('a\\\\b\\\\c', '\\\\\\\\'), SPLIT('a\\b\\c', '\\\\');
-- Example 7: any NULL argument gives NULL.
SELECT SPLIT(NULL, ','); -- NULL
SELECT SPLIT('a,b,c', NULL); -- NULL
SELECT SPLIT('a,b,c', ',', NULL); -- NULL
-- The older page's examples.
select split("a, b, c", ","); -- ["a"," b"," c"]
-- The delimiter is a regular expression (Java's String.split): a leading
-- separator gives a leading empty string, an empty source gives [""].
select split('a1b22c', '[0-9]+'), split(',a', ','), split('', ','), split(',,', ','), split('abc', '');
-- An older version of the "Other functions" page, reading a one-row table dual (MaxCompute has no
-- built-in DUAL, so the example creates one): [a, b, c] in its client's notation.
create table dual(id bigint);
insert into dual values (1);
select split("a,b,c",",") from dual;
