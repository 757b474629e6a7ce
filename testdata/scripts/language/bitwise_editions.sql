-- Bitwise operators & | ^ by data type edition: the MaxCompute V2.0 data type edition page,
-- "Function behavior is different"
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-v2-0-data-type-edition):
-- "Hive-compatible data type edition: A value of the same data type as the input parameter is
-- returned. MaxCompute V1.0 data type edition and MaxCompute V2.0 data type edition: A value of
-- the BIGINT type is returned."
-- The 2.0 edition (the default): BIGINT whatever the integer inputs.
create table bitwise_v2 as select 5 & 3 a, 5Y | 3Y b, 5S ^ 1S c, 5L & 3 d;
desc bitwise_v2;
select * from bitwise_v2;
-- The Hive-compatible edition: the inputs' type; operands of two integer types meet at the
-- wider one (mcsql: the page names one input type); a NULL operand takes the other's.
set odps.sql.hive.compatible=true;
create table bitwise_hive as select 5 & 3 a, 5Y | 3Y b, 5S ^ 1S c, 5L & 3 d, 1Y | 2S e, 5 & null f;
desc bitwise_hive;
select * from bitwise_hive;
-- Results stay in range of the type: -1Y & 5Y is 5, 127Y | -1Y is -1, 100Y ^ -100Y is -8.
select -1Y & 5Y, 127Y | -1Y, 100Y ^ -100Y;
-- The page lists & | ^ only: ~ stays BIGINT (mcsql), as in the other editions.
create table bitwise_not_hive as select ~5Y n;
desc bitwise_not_hive;
