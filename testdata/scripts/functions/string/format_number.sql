-- FORMAT_NUMBER: https://www.alibabacloud.com/help/en/maxcompute/user-guide/format-number
-- (page of Oct 23, 2025: expr1 DOUBLE, BIGINT, INT, SMALLINT, TINYINT, FLOAT,
-- DECIMAL or STRING; expr2 the decimals 0 to 340, or a pattern like #,###,###.##.)
-- The stored copies of the page cut off before its examples; these check its
-- rules. Rounding is half-even on the exact value, as Java's DecimalFormat
-- (Hive's FORMAT_NUMBER) rounds.
-- 0 < expr2 <= 340: rounded to expr2 decimals, with thousands separators.
select format_number(5.230134523424545456, 3), format_number(12332.123456, 4), format_number(1234567.891, 2);
-- expr2 = 0: no decimal point.
select format_number(1234567.5, 0), format_number(1234567, 0), format_number(-1234.5, 0);
-- A pattern.
select format_number(12332.123456, '#,###,###,###.###'), format_number(12332.1, '#.000'), format_number(0.5, '#.##'), format_number(0.5, '0.00');
-- Every accepted input type.
select format_number(10, 2), format_number(cast(-20 as int), 1), format_number(cast(5 as smallint), 1), format_number(cast(9 as tinyint), 1),
       format_number(cast(0.89 as float), 3), format_number(20.45BD, 1), format_number('-30.5', 2);
-- Doubles round on their exact binary value: 0.525 is a little above 0.525,
-- 2.675 a little below; exact ties (2.5, DECIMAL 0.125) go to the even digit.
select format_number(0.525, 2), format_number(2.675, 2), format_number(2.5, 0), format_number(3.5, 0), format_number(0.125BD, 2);
-- NULL in either argument gives NULL.
select format_number(null, 3), format_number(1.5, null);
