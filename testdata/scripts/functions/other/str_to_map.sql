-- STR_TO_MAP: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (STR_TO_MAP section)
-- {test1:1, test2:2}
select str_to_map('test1&1-test2&2','-','&');
-- {test1:1, test2:2} (the delimiter is a regular expression: escape the period)
select str_to_map("test1.1,test2.2", ",", "\\.");
-- {test1:1, test2:3} (last_win: the later value replaces the earlier)
select str_to_map("test1.1,test2.2,test2.3", ",", "\\.");
-- Default delimiters ',' and '='; the policy as the first argument; a pair without '=' maps to NULL.
select str_to_map('a=1,b=2'), str_to_map('last_win', 'a=1,a=2'), str_to_map('a=1,b');
-- Reading one key; trailing empty pairs are dropped; NULL gives NULL.
select str_to_map('a=1,b=2')['b'], str_to_map('a=1,,'), str_to_map(null), str_to_map('a=1', null);
-- The session flag sets the default policy; a policy argument overrides it.
set odps.sql.map.key.dedup.policy=exception;
select str_to_map('last_win', 'a=1,a=2'), str_to_map('a=1,b=2');
