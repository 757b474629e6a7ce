-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/lastday
-- Page examples: midnight of the month's last day, a DATETIME.
select lastday(datetime '2013-06-08 01:10:00');  -- 2013-06-30 00:00:00
select lastday(null);                            -- NULL
select lastday(datetime '2021-11-29 00:01:00');  -- 2021-11-30 00:00:00 (table data)
select lastday(datetime '2024-02-10 00:00:00'), lastday(date '2023-02-10'); -- 2024-02-29 00:00:00 2023-02-28 00:00:00
set odps.sql.type.system.odps2=false;
select lastday('2013-06-08 01:10:00');           -- 2013-06-30 00:00:00
