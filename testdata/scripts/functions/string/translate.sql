-- TRANSLATE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/translate
-- Example 1
select translate('ababab','abab','cd'); -- cdcdcd
-- Example 2
select translate('ababab','abab','cdefg'); -- cdcdcd
-- Example 3
select translate('ababab','cd',null); -- NULL
-- Characters of str2 past the end of str3 are removed; characters, not bytes.
select translate('abcde', 'bd', 'B'), translate('阿里云', '里', '哩'), translate('abc', '', 'x');
