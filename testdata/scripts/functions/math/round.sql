-- ROUND: https://www.alibabacloud.com/help/en/maxcompute/user-guide/round
-- (the ROUND section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select round(125.315);       -- documented: 125.0
select round(125.315, 1);    -- documented: 125.3
select round(125.315, 2);    -- documented: 125.32
select round(125.315, 3);    -- documented: 125.315
select round(-125.315, 2);   -- documented: -125.32
select round(123.345, -2);   -- documented: 100.0
select round(null);          -- documented: NULL
select round(123.345, 4);    -- documented: 123.345
select round(123.345, -4);   -- documented: 0.0
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
-- BIGINT and STRING are read as DOUBLE (so round(bigint_data, 1) is -10.0);
-- a DECIMAL keeps its type and at most its own scale (round(-1BD, 1) is -1).
select round(bigint_data, 1) as bigint_new, round(double_data, 2) as double_new, round(decimal_data, 1) as decimal_new, round(string_data) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  -10.0 NULL -1.0 4.0 -50.0 6.0 -70.0 1.0 -90.0 10.0
-- double_new:  0.53 -0.1 NULL 0.89 -1.0 1.5 -7.5 -10.2 2.58 -5.8
-- decimal_new: 0.5 -0.1 20.5 NULL -1 1.5 -7.5 -10.2 2.6 -5.8
-- string_new:  10.0 -10.0 30.0 -30.0 50.0 -50.0 NULL -1.0 0.0 -90.0
-- "ROUND function precision issues": a DOUBLE is rounded in DOUBLE
-- arithmetic, so 0.25375 (just below in binary) gives 0.2537; a DECIMAL is
-- exact. Documented: 0.2537, 0.2538, 0.2538.
select round(0.25375, 4), round(cast(0.25375 as decimal), 4), round(cast(0.25375 as decimal(20,5)), 4);
-- Half away from zero; negative places round left of the point.
select round(2.5), round(-2.5), round(1250L, -2), round(-0.4), round('1.25', 1), round(1.5BD, 3), round(155BD, -1), round(12345.120BD, 3);
select round(1.5, null), round(cast('inf' as double), 2), round(1e300, 2), round(125.315, 1000), round(125.315, -1000);
-- The same page in the Hive-compatible edition: a bare DECIMAL is DECIMAL(10,0) there, so the
-- first cast already drops the fraction. Documented: 0, then 0.2538.
set odps.sql.hive.compatible=true;
select round(cast(0.25375 as decimal), 4), round(cast(0.25375 as decimal(20,5)), 4);
-- Negative decimal_places round to tens, hundreds, ... exactly (10^-d is an
-- integer): 100000.0, 300.0, -300.0, -56000.0; trunc likewise: 55000.0.
select round(55555, -5), round(250, -2), round(-250, -2), round(-55555.5, -3), trunc(55555, -3);
