-- REGEXP_SUBSTR: https://www.alibabacloud.com/help/en/maxcompute/user-guide/regexp-substr
-- Example 1. Documented: aliyun, have, 2. The pattern starts with
-- [[:blank:]], so each match begins with the space before the word: the page
-- prints " have" as "have" (its 2 keeps the space: "The return value is  2").
select regexp_substr('I love aliyun very much', 'a[[:alpha:]]{5}'); -- aliyun
select regexp_substr('I have 2 apples and 100 bucks!', '[[:blank:]][[:alnum:]]*', 1, 1); -- " have"
select regexp_substr('I have 2 apples and 100 bucks!', '[[:blank:]][[:alnum:]]*', 1, 2); -- " 2"
-- Example 2
select regexp_substr('I love aliyun very much', null); -- NULL
-- No match is NULL, not ''; start positions count characters.
select regexp_substr('abc', 'x'), regexp_substr('a1b2c3', '[a-z]', 2, 2), regexp_substr('阿里云aliyun', '[a-z]+', 4);
