-- SIGN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sign
-- The SIGN page types the result DOUBLE, but its table example prints a DECIMAL's sign as 1 or -1,
-- an integer (Hive's sign(decimal) is an integer too). The MaxCompute V2.0 data type edition page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-v2-0-data-type-edition)
-- lists SIGN among the functions that return INT in the Hive-compatible edition and BIGINT in the
-- 1.0 and 2.0 editions. mcsql reads the two together: a DECIMAL's sign is BIGINT (INT in the
-- Hive-compatible edition); every other argument gives a DOUBLE in every edition.
create table sign_v2 as select sign(cast(-2.5 as decimal(10,2))) as d, sign(-2.5) as x, sign(3) as i;
desc sign_v2;
select d, x, i from sign_v2;                 -- -1 -1.0 1.0
set odps.sql.hive.compatible=true;
create table sign_hive as select sign(cast(-2.5 as decimal(10,2))) as d, sign(cast(-2.5 as double)) as x, sign(3) as i;
desc sign_hive;
select d, x, i from sign_hive;               -- -1 -1.0 1.0
