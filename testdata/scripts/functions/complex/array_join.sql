-- ARRAY_JOIN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/array-join
-- 10,20,20,30
SELECT array_join(array(10, 20, 20, null, null, 30), ",");
-- 10##20##20##null##null##30
SELECT array_join(array(10, 20, 20, null, null, 30), "##", "null");
-- Elements that are not STRING become text.
select array_join(array(1.5, 2.0), '|'), array_join(array(true, false), ' '), array_join(array(datetime '2024-01-02 03:04:05'), ',');
-- Empty array, NULL array, NULL delimiter.
select array_join(array(), ','), array_join(cast(null as array<string>), ','), array_join(array('a'), null);
