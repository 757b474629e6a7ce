-- REGEXP_SUBSTR errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/regexp-substr
-- case: empty pattern
select regexp_substr('abc', '');
-- case: start_position 0
select regexp_substr('abc', 'a', 0);
-- case: occurrence -1
select regexp_substr('abc', 'a', 1, -1);
