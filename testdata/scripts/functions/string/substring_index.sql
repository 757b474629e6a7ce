-- SUBSTRING_INDEX: https://www.alibabacloud.com/help/en/maxcompute/user-guide/substring-index
-- Example 1
select substring_index('https://www.alibabacloud.com', '.', 2); -- https://www.alibabacloud
select substring_index('https://www.alibabacloud.com', '.', -2); -- alibabacloud.com
-- Example 2
select substring_index('https://www.alibabacloud.com', null, 2); -- NULL
-- count 0 or an empty separator give ''; more occurrences asked than exist give str whole.
select substring_index('a.b.c', '.', 0), substring_index('a.b.c', '', 1), substring_index('a.b.c', '.', 5), substring_index('a.b.c', '.', -5);
select substring_index('阿里.云.com', '.', 1), substring_index('a::b::c', '::', -1);
