-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-sub
-- Page examples: the result is a DATE.
select date_sub(datetime '2005-03-01 00:00:00', 1);   -- 2005-02-28
select date_sub(date '2005-02-28', -1);               -- 2005-03-01
select date_sub('2005-03-01 00:00:00', null);         -- NULL
-- Combined with GETDATE: the goldens' fixed clock reads 2026-01-02 11:04:05 in Asia/Shanghai.
select date_sub(getdate(), 1);                        -- 2026-01-01
-- Page examples (table data, first row of mf_date_fun_t).
select date_sub(date '2021-11-29', 1), date_sub(datetime '2021-11-29 00:01:00', -1),
       date_sub(timestamp '2021-01-11 00:00:00.123456789', 0); -- 2021-11-28 2021-11-30 2021-01-11
select date_sub('2005/03/01', 1);                     -- NULL: not a date
set odps.sql.type.system.odps2=false;
select date_sub('2005-03-01 00:00:00', 2);            -- 2005-02-27
