-- HASH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/hash
-- The result type depends on the data type edition: BIGINT in the 1.0 and 2.0 editions,
-- INT in the Hive-compatible one. The HASH page's syntax line says so ("int in Hive-compatible
-- mode"), and so does the MaxCompute V2.0 data type edition page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-v2-0-data-type-edition:
-- "LENGTH, LENGTHB, FIND_IN_SET, INSTR, SIZE, HASH, and SIGN functions ... Hive-compatible data
-- type edition: A value of the INT type is returned"). The value is the same 32-bit number.
create table hash_v2 as select hash(0, 2, 4) as h;
desc hash_v2;
select h from hash_v2;                       -- 66
set odps.sql.hive.compatible=true;
create table hash_hive as select hash(0, 2, 4) as h, hash(0, 'a') as a;
desc hash_hive;
select h, a from hash_hive;                  -- 66 97
