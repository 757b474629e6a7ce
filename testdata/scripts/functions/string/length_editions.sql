-- LENGTH, LENGTHB, INSTR, FIND_IN_SET: their pages type the result BIGINT. The MaxCompute V2.0 data
-- type edition page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-v2-0-data-type-edition)
-- says: "LENGTH, LENGTHB, FIND_IN_SET, INSTR, SIZE, HASH, and SIGN functions - Hive-compatible data
-- type edition: A value of the INT type is returned" (BIGINT in the 1.0 and 2.0 editions).
-- (SIZE's own page types it INT in every edition, which mcsql follows.)
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/length
create table len_v2 as select length('Tech on the net') as l, lengthb('中文') as lb,
  instr('Tech on the net', 'e', 3, 2) as i, find_in_set('ab', 'abc,hello,ab,c') as f, size(array(1, 2)) as s;
desc len_v2;
select l, lb, i, f, s from len_v2;           -- 15 6 14 3 2
set odps.sql.hive.compatible=true;
create table len_hive as select length('Tech on the net') as l, lengthb('中文') as lb,
  instr('Tech on the net', 'e', 3, 2) as i, find_in_set('ab', 'abc,hello,ab,c') as f, size(array(1, 2)) as s;
desc len_hive;
select l, lb, i, f, s from len_hive;         -- 15 6 14 3 2
