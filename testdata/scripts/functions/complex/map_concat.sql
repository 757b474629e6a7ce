-- MAP_CONCAT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/map-concat
-- The return value is {1:a, 2:b, 3:c}.
select map_concat(map(1, 'a', 2, 'b'), map(3, 'c'));
-- The return value is {1:a, 2:d, 3:c}.
select map_concat('last_win', map(1, 'a', 2, 'b'), map(3, 'c'), map(2, 'd'));
-- The session's policy applies when the call names none.
set odps.sql.map.key.dedup.policy=last_win;
select map_concat(map('x', 1), map('x', 2));
-- A NULL map gives NULL; value types widen.
select map_concat(map(1, 'a'), null), map_concat(map(1, 1), map(2, 2.5));
