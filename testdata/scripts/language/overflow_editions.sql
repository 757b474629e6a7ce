-- Integer overflow of + - * by data type edition: the MaxCompute V2.0 data type edition page,
-- "Function behavior is different"
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-v2-0-data-type-edition):
-- "+, -, *, /, and POW function. Hive-compatible data type edition: If the data exceeds the value
-- range of a data type, the initial value is returned. MaxCompute V1.0 data type edition and
-- MaxCompute V2.0 data type edition: If the data exceeds the value range of a data type, an
-- error is returned." (operators_overflow.sql shows the 2.0 edition's error.)
-- In the Hive-compatible edition an integer result wraps as Java's int and long do, within the
-- result type: BIGINT in 64 bits, INT (integer literals are INT) in 32, TINYINT in 8.
set odps.sql.hive.compatible=true;
select 9223372036854775807 + 1;              -- -9223372036854775808
select -9223372036854775807 - 2;             -- 9223372036854775807
select 9223372036854775807 * 2;              -- -2
select 2147483647 + 1, 2147483647 + 1L;      -- -2147483648 2147483648
select 127Y + 1Y, 100S * 1000S, cast(-128 as tinyint) - 1Y;  -- -128 -31072 127
-- Unary minus wraps the same way, as NEGATIVE does there: -(-2147483648) is -2147483648.
select -(cast(-2147483648 as int)), -(-9223372036854775807 - 1), -(cast(-128 as tinyint)), -(5);  -- -2147483648 -9223372036854775808 -128 -5
-- In range, nothing changes; / is DOUBLE and POW overflows to Infinity.
select 5 - 3, 6 * 7, 7 / 2, pow(2, 1024);    -- 2 42 3.5 Infinity
