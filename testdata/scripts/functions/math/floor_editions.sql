-- FLOOR: https://www.alibabacloud.com/help/en/maxcompute/user-guide/floor
-- The FLOOR page types the result BIGINT; the MaxCompute V2.0 data type edition page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-v2-0-data-type-edition)
-- adds: "FLOOR and CEIL - Hive-compatible data type edition: If the input parameter is of the
-- DECIMAL type, a value of the DECIMAL type is returned" (BIGINT in the 1.0 and 2.0 editions).
-- mcsql types floor(DECIMAL(p,s)) as DECIMAL(p-s+1,0), as Hive does.
create table floor_v2 as select floor(cast(-7.5 as decimal(10,2))) as d, floor(-7.5) as x;
desc floor_v2;
select d, x from floor_v2;                   -- -8 -8
set odps.sql.hive.compatible=true;
create table floor_hive as select floor(cast(-7.5 as decimal(10,2))) as d, floor(cast(-7.5 as double)) as x,
  floor(12345678901234567890123.5BD) as big;
desc floor_hive;
-- A DOUBLE still gives a BIGINT; a DECIMAL result is never too large for its type.
select d, x, big from floor_hive;            -- -8 -8 12345678901234567890123
select floor(cast(null as decimal(10,2)));   -- NULL
