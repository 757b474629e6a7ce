-- REGEXP_EXTRACT_ALL: https://www.alibabacloud.com/help/en/maxcompute/regexp-extract-all
-- Example 1: group 1 by default.
select regexp_extract_all('100-200, 300-400', '(\\d+)-(\\d+)'); -- ["100","300"]
-- Example 2
select regexp_extract_all('100-200, 300-400', '(\\d+)-(\\d+)', 2); -- ["200","400"]
-- Example 3, scenario 2: no groups, group_id 0 gives the whole matches.
select regexp_extract_all('100-200, 300-200', '\\d+-\\d+', 0); -- ["100-200","300-200"]
-- No match gives an empty array; NULL arguments give NULL.
select regexp_extract_all('abc', '(x)'), regexp_extract_all(null, '(x)'), regexp_extract_all('abc', '(a)', null);
