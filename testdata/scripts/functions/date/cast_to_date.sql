-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/cast
-- CAST(string AS DATE), from the CAST page's example 3 (the issue's
-- cast('2022-12-20 00:01:01' as date)).
select cast('2022-12-20' as date);              -- 2022-12-20
select cast('2022-12-20 00:01:01' as date);     -- NULL by default
set odps.sql.executionengine.enable.string.to.date.full.format=true;
select cast('2022-12-20 00:01:01' as date);     -- 2022-12-20
select cast('2022-12-20 00:01:01.123' as date), cast(null as date); -- 2022-12-20 NULL
-- DATE to and from the other date types.
select cast(datetime '2022-12-20 00:01:01' as date), cast(date '2022-12-20' as datetime); -- 2022-12-20 2022-12-20 00:00:00
