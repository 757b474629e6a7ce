-- REGEXP_EXTRACT: https://www.alibabacloud.com/help/en/maxcompute/regexp-extract
-- Example 1
select regexp_extract('foothebar', 'foo(.*?)(bar)'); -- the
select regexp_extract('foothebar', 'foo(.*?)(bar)', 0); -- foothebar
select regexp_extract('foothebar', 'foo(.*?)(bar)', 2); -- bar
-- Example 2
select regexp_extract('8d99d8', '8d(\\d+)d8'); -- 99
-- Example 3: Chinese characters and punctuation
select regexp_extract('【阿里云】aliyun', '([^\\x{00}-\\x{ff}]+)'); -- 【阿里云】
-- Example 4: Chinese characters only
select regexp_extract('【阿里云】aliyun', '([\\x{4e00}-\\x{9fa5}]+)'); -- 阿里云
-- Example 5: done with REGEXP_REPLACE, as the page says
select regexp_replace('【阿里云】aliyun阿里云', '([\\x{00}-\\x{ff}])', ''); -- 【阿里云】阿里云
-- No groups but group_id 0: the whole match.
select regexp_extract('foothebar', 'foothebar', 0); -- foothebar
-- NULL arguments give NULL.
select regexp_extract('foothebar', null), regexp_extract(null, 'f(o)'), regexp_extract('foothebar', 'f(o)', null);
-- No match gives NULL in the 1.0 and 2.0 editions (Hive's '' in the Hive-compatible one);
-- a group that took no part in the match is NULL.
select regexp_extract('abc', 'x(.)'), regexp_extract('abc', 'a(x)?'), regexp_extract('abc', 'a(x)?', 0);
-- The Hive-compatible edition follows Hive: no match gives ''.
set odps.sql.hive.compatible=true;
select regexp_extract('abc', 'x(.)'), regexp_extract('abc', 'a(x)?');
