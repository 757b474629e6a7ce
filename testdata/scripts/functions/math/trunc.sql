-- TRUNC: https://www.alibabacloud.com/help/en/maxcompute/user-guide/trunc
-- (the TRUNC section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- The page: "In Hive-compatible mode, this function is used for date
-- conversion"; these are the numeric overloads, the same in every edition.
select trunc(125.815,0);     -- documented: 125.0
select trunc(125.815,1);     -- documented: 125.80000000000001 (DOUBLE arithmetic: 1258 * 0.1)
select trunc(125.815,2);     -- documented: 125.81
select trunc(125.815,3);     -- documented: 125.815
select trunc(-125.815,2);    -- documented: -125.81
select trunc(125.815,-1);    -- documented: 120.0
select trunc(125.815,-2);    -- documented: 100.0
select trunc(125.815,-3);    -- documented: 0.0
select trunc(123.345,4);     -- documented: 123.345
select trunc(123.345,-4);    -- documented: 0.0
select trunc(123.345,null);  -- documented: NULL
-- The page's sample data (its "Sample data" section), verbatim.
create table if not exists mf_math_fun_t(
     int_data     int,
     bigint_data  bigint,
     double_data  double,
     decimal_data decimal,
     float_data   float,
     string_data  string
    );
insert into mf_math_fun_t values
(null, -10, 0.525, 0.525BD, cast(0.525 as float), '10'),
(-20, null, -0.1, -0.1BD, cast(-0.1 as float), '-10'),
(0, -1, null, 20.45BD, cast(-1 as float), '30'),
(-40, 4, 0.89, null, cast(0.89 as float), '-30'),
(5, -50, -1, -1BD, null, '50'),
(-60, 6, 1.5, 1.5BD, cast(1.5 as float), '-50'),
(-1, -70, -7.5, -7.5BD, cast(-7.5 as float),null ),
(-80, 1, -10.2, -10.2BD, cast(-10.2 as float), '-1' ),
(9, -90, 2.58, 2.58BD, cast(2.58 as float), '0'),
(-100, 10, -5.8, -5.8BD, cast(-5.8 as float), '-90');
select trunc(bigint_data, 1) as bigint_new, trunc(double_data,1) as double_new, trunc(decimal_data, 1) as decimal_new, trunc(string_data, 1) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  -10.0 NULL -1.0 4.0 -50.0 6.0 -70.0 1.0 -90.0 10.0
-- double_new:  0.5 -0.1 NULL 0.8 -1.0 1.5 -7.5 -10.200000000000001 2.5 -5.800000000000001
-- decimal_new: 0.5 -0.1 20.4 NULL -1 1.5 -7.5 -10.2 2.5 -5.8
-- string_new:  10.0 -10.0 30.0 -30.0 50.0 -50.0 NULL -1.0 0.0 -90.0
select trunc(-0.5), trunc(2.99), trunc('7.9'), trunc(9.99BD, 1), trunc(-9.99BD), trunc(155BD, -1), trunc(1e300, 5), trunc(125.815, 1000), trunc(-125.815, -1000);
-- "In Hive-compatible mode, this function is used for date conversion instead of being a
-- mathematical function" (see DATETRUNC). The page names no formats: mcsql follows Hive's TRUNC,
-- YEAR/YYYY/YY, QUARTER/Q and MONTH/MON/MM, giving the yyyy-mm-dd of the first day; another
-- format, or text that is not a date, gives NULL. Numbers still truncate.
set odps.sql.hive.compatible=true;
select trunc(date'2024-05-17', 'MM'), trunc(datetime'2024-05-17 10:00:00', 'Q'), trunc('2024-11-17', 'year'),
       trunc('2024-05-17 12:00:00', 'YY'), trunc(timestamp'2024-12-31 23:59:59.5', 'mon');
select trunc(date'2024-05-17', 'DD'), trunc('x', 'MM'), trunc(cast(null as date), 'MM'), trunc(125.815, 1);
