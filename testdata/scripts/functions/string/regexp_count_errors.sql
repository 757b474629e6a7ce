-- REGEXP_COUNT errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/regexp-count
-- case: empty pattern
select regexp_count('abc', '');
-- case: start_position 0
select regexp_count('abc', 'a', 0);
