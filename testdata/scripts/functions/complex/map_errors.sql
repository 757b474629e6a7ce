-- MAP errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/map
-- case: duplicate key under the exception policy
set odps.sql.map.key.dedup.policy=exception;
select map('k11', 86, 'k11', 15);
-- case: NULL key
select map(null, 1);
-- case: unknown policy
set odps.sql.map.key.dedup.policy=first_win;
select map('a', 1);
-- case: an ARRAY key (the current MAP page, https://www.alibabacloud.com/help/en/maxcompute/map: keys are of a basic data type only)
select map(array(1), 'a');
