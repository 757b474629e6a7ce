-- NEGATIVE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/negative
-- (the NEGATIVE section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
SELECT negative(1);  -- documented: -1
-- The type is kept: TINYINT, SMALLINT, INT, BIGINT, DOUBLE, DECIMAL.
select negative(-2Y), negative(3S), negative(-4L), negative(1.5), negative(-2.50BD), negative(null), negative(0.0);
-- Negating a type's most negative value overflows it: an error (see the
-- _errors script); the Hive-compatible edition wraps around as Java does.
set odps.sql.hive.compatible=true;
select negative(cast(-128 as tinyint));
-- "of x's type" holds for FLOAT and DECIMAL(p,s) too, as for -x and POSITIVE: a FLOAT prints
-- as a FLOAT (-1.1, not the DOUBLE -1.100000023841858) and DECIMAL(10,2) stays DECIMAL(10,2).
set odps.sql.hive.compatible=false;
select negative(cast(1.1 as float)), -cast(1.1 as float), positive(cast(1.1 as float)), negative(cast(-2.50 as decimal(10,2)));
create table negative_types as select negative(cast(1.1 as float)) f, negative(cast(-2.5 as decimal(10,2))) d, negative(2.5) x;
desc negative_types;
