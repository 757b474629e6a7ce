-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-add
-- Page examples: the result is a DATE.
select date_add(datetime '2005-02-28 00:00:00', 1);   -- 2005-03-01
select date_add(date '2005-02-28', -1);               -- 2005-02-27
select date_add('2005-02-28 00:00:00', null);         -- NULL
-- Combined with GETDATE: the goldens' fixed clock reads 2026-01-02 11:04:05 in Asia/Shanghai.
select date_add(getdate(), -1);                       -- 2026-01-01
-- Page examples (table data, first row of mf_date_fun_t).
select date_add(date '2021-11-29', 1), date_add(datetime '2021-11-29 00:01:00', -1),
       date_add(timestamp '2021-01-11 00:00:00.123456789', 0); -- 2021-11-30 2021-11-28 2021-01-11
-- Text that is not a date gives NULL.
select date_add('20050228', 1);
-- The page's STRING example runs in the 1.0 edition.
set odps.sql.type.system.odps2=false;
select date_add('2005-02-28 00:00:00', 20);           -- 2005-03-20
