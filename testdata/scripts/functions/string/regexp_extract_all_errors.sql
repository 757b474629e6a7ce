-- REGEXP_EXTRACT_ALL errors: https://www.alibabacloud.com/help/en/maxcompute/regexp-extract-all
-- case: Example 3, scenario 1: no group and no group_id (the page: Regex group count is 0, but the specified group index is 1)
SELECT REGEXP_EXTRACT_ALL('100-200, 300-200', '\\d+-\\d+');
-- case: empty pattern
select regexp_extract_all('abc', '');
-- case: negative group_id
select regexp_extract_all('abc', '(a)', -1);
