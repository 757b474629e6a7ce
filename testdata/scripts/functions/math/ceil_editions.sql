-- CEIL: https://www.alibabacloud.com/help/en/maxcompute/user-guide/ceil
-- The CEIL page types the result BIGINT; the MaxCompute V2.0 data type edition page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-v2-0-data-type-edition)
-- adds: "FLOOR and CEIL - Hive-compatible data type edition: If the input parameter is of the
-- DECIMAL type, a value of the DECIMAL type is returned" (BIGINT in the 1.0 and 2.0 editions).
-- mcsql types ceil(DECIMAL(p,s)) as DECIMAL(p-s+1,0), as Hive does.
create table ceil_v2 as select ceil(cast(-1.1 as decimal(10,2))) as d, ceil(1.1) as x;
desc ceil_v2;
select d, x from ceil_v2;                    -- -1 2
set odps.sql.hive.compatible=true;
create table ceil_hive as select ceil(cast(-1.1 as decimal(10,2))) as d, ceil(cast(1.1 as double)) as x;
desc ceil_hive;
select d, x from ceil_hive;                  -- -1 2
select ceil(cast(null as decimal(10,2)));    -- NULL
