-- TRANSFORM_KEYS errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/transform-keys
-- case: duplicate keys under exception (the page's third example)
select transform_keys("exception", map(10, -20, 20, 50, -30, 100), (k, v) -> k + v);
-- case: NULL new key
select transform_keys(map(1, 'a'), (k, v) -> cast(null as int));
-- case: lambda with one parameter
select transform_keys(map(1, 'a'), k -> k);
