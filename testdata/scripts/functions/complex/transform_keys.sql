-- TRANSFORM_KEYS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/transform-keys
-- Returns {-10:-20, 70:50, 71:101}
select transform_keys(map(10, -20, 20, 50, -30, 101), (k, v) -> k + v);
-- No error. Result depends on element order in the input MAP: 20+50 and
-- -30+100 both give 70, and the later value 100 wins.
select transform_keys("last_win", map(10, -20, 20, 50, -30, 100), (k, v) -> k + v);
-- New keys of another type.
select transform_keys(map(1, 'a', 2, 'b'), (k, v) -> concat(v, cast(k as string)));
-- NULL map.
select transform_keys(cast(null as map<int,int>), (k, v) -> k);
