-- ATAN2: https://www.alibabacloud.com/help/en/maxcompute/user-guide/atan2
-- (the ATAN2 section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select atan2(0, 0);   -- documented: 0.0
-- The angle of (x, y) = (expr2, expr1) in radians, by quadrant (the page's
-- "-π/2 to π/2" is atan's range; atan2 covers -π to π as in every SQL).
select atan2(1, 1), atan2(1, -1), atan2(-1, -1), atan2(-1, 1), atan2(1, 0), atan2(-0.0, -1);
select atan2('1', 2), atan2(1BD, 2L), atan2(null, 1), atan2(1, null);
