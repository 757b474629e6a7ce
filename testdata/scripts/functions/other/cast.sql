-- CAST: https://www.alibabacloud.com/help/en/maxcompute/user-guide/cast
-- (and the CAST section of user-guide/other-functions; the JSON conversions the newest page adds
-- belong to the JSON type and are not repeated here)
-- Example 1: 1
select cast('1' as bigint);
-- Example 2: an empty string is false, any other string true.
select cast("" as boolean);
select cast("false" as boolean);
-- Example 3: a date string becomes a DATE: 2022-12-20
select cast("2022-12-20" as date);
-- With hours, minutes and seconds the result is NULL by default,
select cast("2022-12-20 00:01:01" as date);
-- and the date when odps.sql.executionengine.enable.string.to.date.full.format is true.
set odps.sql.executionengine.enable.string.to.date.full.format= true;
select cast("2022-12-20 00:01:01" as date);
-- Example 7: odps.sql.decimal.tostring.trimzero.
create table mf_dot (dcm1 decimal(38,18),
                     dcm2 decimal(38,18));
insert into table mf_dot values (12.45500BD,12.3400BD);
set odps.sql.decimal.tostring.trimzero=true;
-- 12.455 and 12.34
select cast(round(dcm1,3) as string),cast(round(dcm2,3) as string) from mf_dot;
-- With trimzero=false the zeros stay: 12.455 and 12.340.
set odps.sql.decimal.tostring.trimzero=false;
select cast(round(dcm1,3) as string),cast(round(dcm2,3) as string) from mf_dot;
-- The newest page applies the flag to literals too: 12345.120 (an older page said 12345.12,
-- the flag then affecting only table data).
select cast(round(12345.120BD,3) as string);
set odps.sql.decimal.tostring.trimzero=true;
select cast(round(12345.120BD,3) as string), cast(12.000BD as string);
-- The usages the page lists: DOUBLE to BIGINT truncates; a string holding a decimal or an exponent
-- goes through DOUBLE; STRING and DATETIME use yyyy-mm-dd hh:mi:ss.
select cast(1.9 as bigint), cast(-1.9 as bigint), cast('1.6' as bigint), cast('1e3' as bigint),
       cast('2009-07-01 16:09:00' as datetime), cast(datetime'2009-07-01 16:09:00' as string);
-- NULL casts to NULL of any type.
select cast(null as bigint), cast(null as string);
-- In the Hive-compatible edition a bare DECIMAL is Hive's DECIMAL(10,0) (the ROUND precision FAQ:
-- round(cast(0.25375 as decimal), 4) is 0 there): 0 and 13.
set odps.sql.hive.compatible=true;
select cast(0.25375 as decimal), cast('12.5' as decimal);
