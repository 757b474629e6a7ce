-- REGEXP_EXTRACT errors: https://www.alibabacloud.com/help/en/maxcompute/regexp-extract
-- case: Example 6: no group in the pattern and no group_id
select regexp_extract('foothebar', 'foothebar');
-- case: empty pattern
select regexp_extract('foothebar', '');
-- case: negative group_id
select regexp_extract('foothebar', 'foo(.*?)(bar)', -1);
-- case: group_id past the last group
select regexp_extract('foothebar', 'foo(.*?)(bar)', 3);
