-- NULLIF: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (NULLIF section)
-- 2
select nullif(2, 3);
-- NULL
select nullif(2, 2);
-- 3
select nullif(3, null);
-- NULL first argument, strings, and arguments meeting at a common type (2 = 2.0).
select nullif(null, 1), nullif('a', 'a'), nullif('a', 'b'), nullif(2, 2.0);
