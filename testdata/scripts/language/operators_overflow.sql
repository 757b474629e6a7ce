-- Integer overflow of + - * in the MaxCompute 2.0 data type edition (the default) is an error:
-- see overflow_editions.sql for the page and the Hive-compatible edition, where it wraps.
-- case: bigint plus
select 9223372036854775807 + 1;
-- case: int times
select 2147483647 * 2;
-- case: tinyint minus
select cast(-128 as tinyint) - 1Y;
-- case: int negated
select -(cast(-2147483648 as int));
-- case: 1.0 edition
set odps.sql.type.system.odps2=false;
select 9223372036854775807 + 1;
