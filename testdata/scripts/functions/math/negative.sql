-- NEGATIVE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/negative
-- (the NEGATIVE section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
SELECT negative(1);  -- documented: -1
-- The type is kept: TINYINT, SMALLINT, INT, BIGINT, DOUBLE, DECIMAL.
select negative(-2Y), negative(3S), negative(-4L), negative(1.5), negative(-2.50BD), negative(null), negative(0.0);
-- Negating a type's most negative value overflows it: an error (see the
-- _errors script); the Hive-compatible edition wraps around as Java does.
set odps.sql.hive.compatible=true;
select negative(cast(-128 as tinyint));
