-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/datediff
-- Page examples: both dates are cut to the unit, then subtracted.
select datediff(date '2025-03-02', date '2025-03-01', 'dd');                              -- 1
select datediff(datetime '2006-01-01 00:00:00', datetime '2005-12-31 23:59:59', 'dd');    -- 1
select datediff(datetime '2006-01-01 00:00:00', datetime '2005-12-31 23:59:59', 'mm');    -- 1
select datediff(datetime '2006-01-01 00:00:00', datetime '2005-12-31 23:59:59', 'yyyy');  -- 1
select datediff(datetime '2006-01-01 00:00:00', datetime '2005-12-31 23:59:59', 'hh');    -- 1
select datediff(datetime '2006-01-01 00:00:00', datetime '2005-12-31 23:59:59', 'mi');    -- 1
select datediff(datetime '2006-01-01 00:00:00', datetime '2005-12-31 23:59:59', 'ss');    -- 1
select datediff(date '2025-01-01', date '2024-12-31', 'year'), datediff(date '2025-01-01', date '2024-12-31', 'month'); -- 1 1
-- Weeks start on Monday unless week(<day>) says otherwise; isoweek is Monday too.
select datediff(date '2025-03-03', date '2025-03-02', 'week'), datediff(date '2025-03-02', date '2025-03-01', 'week(sunday)'),
       datediff(date '2025-03-03', date '2025-03-02', 'isoweek'), datediff(date '2025-04-01', date '2025-03-31', 'quarter');
select datediff(timestamp '2025-03-01 00:00:01', timestamp '2025-03-01 00:00:00.999', 'ff3');  -- 1
-- Without datepart: days (an INT); yyyy-mm-dd text is accepted.
select datediff(date '2025-03-02', date '2025-03-01'), datediff('2025-07-21', '2025-07-01');  -- 1 20
-- NULL arguments give NULL.
select datediff(null, date '2025-03-01', 'dd'), datediff(date '2025-03-02', date '2025-03-01', null);
