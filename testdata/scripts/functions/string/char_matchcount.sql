-- CHAR_MATCHCOUNT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/char-matchcount
-- Example 1
select char_matchcount('aabc','abcde'); -- 4
-- Example 2
select char_matchcount(null,'abcde'); -- NULL
-- The older page's example; characters, not bytes.
select char_matchcount('abd','aabc'), char_matchcount('阿里云', '云里'), char_matchcount('', 'abc');
