-- CHAR_MATCHCOUNT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/char-matchcount
-- Example 1
select char_matchcount('aabc','abcde'); -- 4
-- Example 2
select char_matchcount(null,'abcde'); -- NULL
-- The older page's example; characters, not bytes.
select char_matchcount('abd','aabc'), char_matchcount('阿里云', '云里'), char_matchcount('', 'abc');
-- Invalid UTF-8 (the bytes FF 61 cast to STRING) gives 0, as the page of
-- Feb 19, 2024 says; the older string functions page said "a negative value".
select char_matchcount(cast(unhex('ff61') as string), 'abc'), char_matchcount('aabc', cast(unhex('ff') as string));
