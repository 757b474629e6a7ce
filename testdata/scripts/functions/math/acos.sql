-- ACOS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/acos
-- (the ACOS section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select acos("0.87");     -- documented: 0.5155940062460905
select acos(0);          -- documented: 1.5707963267948966
select acos(null);       -- documented: NULL
-- Outside [-1, 1] the result is NULL (NaN in the Hive-compatible edition, below).
select acos(2), acos(-1.0000001), acos(1), acos(-1), acos(0.5BD);
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
-- The page prints its table results through a client that writes some
-- DOUBLEs in plain or lower-case e notation (0.000045399929762484854,
-- 2.592352764293536e21); mcsql prints them as odpscmd does, Java's
-- Double.toString (4.5399929762484854E-5, 2.592352764293536E21): same digits.
-- The page says a DECIMAL gives a DECIMAL, but its own table prints DECIMAL
-- results as DOUBLEs (pow(-1BD, 2) is 1.0 on POW's page); mcsql returns DOUBLE.
select acos(bigint_data) as bigint_new, acos(double_data) as double_new, acos(decimal_data) as decimal_new, acos(string_data) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  NULL NULL 3.141592653589793 NULL NULL NULL NULL 0.0 NULL NULL
-- double_new:  1.0180812136981134 1.6709637479564565 NULL 0.4734511572720662 3.141592653589793 NULL NULL NULL NULL NULL
-- decimal_new: 1.0180812136981134 1.6709637479564565 NULL NULL 3.141592653589793 NULL NULL NULL NULL NULL
-- string_new:  NULL NULL NULL NULL NULL NULL NULL 3.141592653589793 1.5707963267948966 NULL
set odps.sql.hive.compatible=true;
select acos(2), acos(-3);  -- NaN NaN: "In Hive-compatible mode, NaN is returned."
