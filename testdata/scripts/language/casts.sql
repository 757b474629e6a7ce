-- CAST between MaxCompute types.
select cast('1.6' as bigint), cast(1.9 as bigint), cast(-1.9 as int), cast('12' as int);
select cast(1 as string), cast(0.525 as string), cast(1.0E10 as string), cast(true as string);
select cast('' as boolean), cast('x' as boolean), cast(0 as boolean), cast(true as bigint);
select cast('2024-01-02 03:04:05' as datetime), cast('2024-01-02' as date);
select cast(cast('abc' as binary) as string), cast('abc' as binary);
select cast('3.14159' as decimal(10,2)), cast(2 as double), cast('abc' as varchar(2));
