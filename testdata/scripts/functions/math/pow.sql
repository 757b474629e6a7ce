-- POW: https://www.alibabacloud.com/help/en/maxcompute/user-guide/pow
-- (the POW section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select pow(2, 16);    -- documented: 65536.0
select pow(2, null);  -- documented: NULL
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
-- The page says a DECIMAL gives a DECIMAL; its table prints pow(-1BD, 2)
-- as 1.0, a DOUBLE, which mcsql returns.
select pow(bigint_data, 2) as bigint_new, pow(double_data, 2) as double_new, pow(decimal_data, 2) as decimal_new, pow(string_data, 2) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  100.0 NULL 1.0 16.0 2500.0 36.0 4900.0 1.0 8100.0 100.0
-- double_new:  0.275625 0.010000000000000002 NULL 0.7921 1.0 2.25 56.25 104.03999999999999 6.6564000000000005 33.64
-- decimal_new: 0.275625 0.010000000000000002 418.2025 NULL 1.0 2.25 56.25 104.03999999999999 6.6564000000000005 33.64
-- string_new:  100.0 100.0 900.0 900.0 2500.0 2500.0 NULL 1.0 0.0 8100.0
select pow(2, -1), pow(-8, 1.0/3), pow(0, 0), pow(-2, 3), pow(4, 0.5), pow('3', 2BD), pow(10, 308);
-- Beyond DOUBLE: an error (see the _errors script); the Hive-compatible
-- edition returns Infinity.
set odps.sql.hive.compatible=true;
select pow(10, 400);
