-- SPACE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/space
-- Documented: 10.
select length(space(10));
-- NULL gives NULL; n <= 0 gives '' (as in Hive).
select space(null), concat('[', space(3), ']'), concat('[', space(0), space(-1), ']');
