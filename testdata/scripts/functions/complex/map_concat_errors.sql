-- MAP_CONCAT errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/map-concat
-- case: duplicate key under exception
select map_concat('exception', map(1, 'a', 2, 'b'), map(2, 'd'));
-- case: duplicate key under the session's exception policy
set odps.sql.map.key.dedup.policy=exception;
select map_concat(map(1, 'a'), map(1, 'b'));
-- case: unknown policy
select map_concat('first_win', map(1, 'a'), map(1, 'b'));
-- case: different key types
select map_concat(map(1, 'a'), map(X'01', 'b'));
