-- FROM_UNIXTIME: https://www.alibabacloud.com/help/en/maxcompute/user-guide/from-unixtime
-- The result is a DATETIME in the 1.0 and 2.0 editions. In the Hive-compatible edition it is a
-- STRING: the FROM_UNIXTIME page ("If the input value is of the STRING type, a date value of the
-- STRING type is returned") and the MaxCompute V2.0 data type edition page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-v2-0-data-type-edition:
-- "FROM_UNIXTIME - Hive-compatible data type edition: A value of the STRING type is returned"),
-- which mcsql follows for every argument type, as Hive's from_unixtime does.
create table fu_v2 as select from_unixtime(123456789) as u;
desc fu_v2;
select u from fu_v2;                                  -- 1973-11-30 05:33:09
set odps.sql.hive.compatible=true;
create table fu_hive as select from_unixtime(123456789) as u, from_unixtime('123456789') as s,
  from_unixtime(123456789, 'yyyy-MM-dd') as f;
desc fu_hive;
select u, s, f from fu_hive;                          -- 1973-11-30 05:33:09 1973-11-30 05:33:09 1973-11-30
-- The text is a STRING, so it concatenates and compares as text.
select concat(from_unixtime(0), '!'), from_unixtime(0) = '1970-01-01 08:00:00'; -- 1970-01-01 08:00:00! true
select from_unixtime(null);                           -- NULL
