-- ZIP_WITH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/zip-with
-- Returns [2, 4, 6, null]
select zip_with(array(1, 2, 3), array(1, 2, 3, 4), (x, y) -> x + y);
-- Different element types.
select zip_with(array('a', 'b'), array(1, 2), (s, n) -> concat(s, cast(n as string)));
-- A NULL array gives NULL.
select zip_with(array(1), cast(null as array<int>), (x, y) -> x);
