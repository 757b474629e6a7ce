-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/datediff
-- Page examples: both dates are cut to the unit, then subtracted.
select datediff(timestamp '2006-01-01 00:00:00', timestamp '2005-12-31 23:59:59', 'dd');   -- 1
select datediff(timestamp '2006-01-01 00:00:00', timestamp '2005-12-31 23:59:59', 'mm');   -- 1
select datediff(datetime '2013-05-31 13:00:00', datetime '2013-05-31 12:30:00', 'ss');     -- 1800
select datediff(to_date('2018-06-04 19:33:23.250', 'yyyy-mm-dd hh:mi:ss.ff3'),
                to_date('2018-06-04 19:33:23.234', 'yyyy-mm-dd hh:mi:ss.ff3'), 'ff3');      -- 16
select datediff(date '2013-05-21', date '2013-05-10', null);                                -- NULL
select datediff(date '2025-03-02', date '2025-03-01', 'dd');                                -- 1
select datediff(date '2025-01-01', date '2024-12-31', 'year'), datediff(date '2025-01-01', date '2024-12-31', 'month'); -- 1 1
-- Page examples (table data, first row of mf_date_fun_t).
select datediff(date '2021-11-29', date '2021-10-29', 'dd'), datediff(datetime '2021-11-29 00:01:00', datetime '2021-10-29 00:00:00', 'dd'),
       datediff(timestamp '2021-01-11 00:00:00.123456789', timestamp '2021-10-11 00:00:00.123456789', 'mm'); -- 31 31 -9
-- The newest page's units: weeks start on Monday unless week(<day>) says otherwise; isoweek is Monday too.
select datediff(date '2025-03-03', date '2025-03-02', 'week'), datediff(date '2025-03-02', date '2025-03-01', 'week(sunday)'),
       datediff(date '2025-03-03', date '2025-03-02', 'isoweek'), datediff(date '2025-04-01', date '2025-03-31', 'quarter'); -- 1 1 1 1
select datediff(datetime '2006-01-01 00:00:00', datetime '2005-12-31 23:59:59', 'hh'), datediff(datetime '2006-01-01 00:00:00', datetime '2005-12-31 23:59:59', 'mi'); -- 1 1
-- Without datepart: days (an INT, per the newest page); yyyy-mm-dd text is accepted.
select datediff(date '2025-03-02', date '2025-03-01'), datediff('2025-07-21', '2025-07-01');  -- 1 20
select datediff(null, date '2025-03-01', 'dd');                                               -- NULL
-- STRING dates convert implicitly in the 1.0 edition.
set odps.sql.type.system.odps2=false;
select datediff('2013-05-31 13:00:00', '2013-05-31 12:30:00', 'mi');                         -- 30
