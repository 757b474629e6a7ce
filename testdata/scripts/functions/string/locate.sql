-- LOCATE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/locate
-- Example 1
select locate('ab', 'abchelloabc'); -- 1
-- Example 2
select locate('hi', 'abc,hello,ab,c'); -- 0
-- Example 3: a NULL start_pos gives 0.
select locate('ab', 'abhelloabc', null); -- 0
-- A start position; NULL substr or str give NULL; characters, not bytes.
select locate('ab', 'abchelloabc', 2), locate(null, 'abc'), locate('a', null, 1), locate('云', '阿里云阿里云', 4);
-- Hive's rules: a start_pos below 1 or past the end finds nothing; '' is found at start_pos.
select locate('a', 'abc', 0), locate('a', 'abc', 9), locate('', 'abc'), locate('', 'abc', 2);
