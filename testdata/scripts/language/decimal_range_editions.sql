-- A DECIMAL too large for its type, by data type edition: the MaxCompute V2.0 data type edition
-- page (https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-v2-0-data-type-edition),
-- DECIMAL(precision,scale): "The Hive-compatible data type edition ... if the number of digits to
-- the right of the decimal point in a value of the Decimal(precision,scale) type exceeds the value
-- of the scale parameter during Tunnel-based data uploads or SQL operations, the value is rounded.
-- If the integer part exceeds the limit, no error is reported, but the input data becomes NULL
-- values." In the other editions it is an error (decimal_range_errors.sql).
-- mcsql applies this to CAST, INSERT and DECIMAL arithmetic; text that is not a number at all
-- stays an error.
set odps.sql.hive.compatible=true;
select cast('123456' as decimal(5,2)), cast(123456 as decimal(5,2)), cast(1.23456 as decimal(5,2)), cast('1.235' as decimal(5,2));
-- NULL NULL 1.23 1.24
select cast(99999999999999999999999999999999999999bd as decimal(38,0)) + 1;  -- NULL
select cast(1e300 as decimal);  -- NULL (a bare DECIMAL is DECIMAL(10,0) in this edition)
create table decimal_range (d decimal(5,2));
insert into decimal_range values (cast(1.5 as decimal(10,2))), (cast(123456 as decimal(10,2))), (1.234bd);
insert into decimal_range select cast(123456 as decimal(10,2));
insert into decimal_range select 99.999bd;
select d from decimal_range;  -- 1.5 NULL 1.23 NULL 100
