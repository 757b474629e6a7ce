-- EXP: https://www.alibabacloud.com/help/en/maxcompute/user-guide/exp
-- (the EXP section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select exp(3.1415926/2);  -- documented: 4.810477252069109
select exp(null);         -- documented: NULL
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
select exp(bigint_data) as bigint_new, exp(double_data) as double_new, exp(decimal_data) as decimal_new, exp(string_data) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  0.000045399929762484854 NULL 0.36787944117144233 54.598150033144236 1.9287498479639178e-22 403.4287934927351 3.975449735908647e-31 2.718281828459045 8.194012623990515e-40 22026.465794806718
-- double_new:  1.6904588483790914 0.9048374180359595 NULL 2.4351296512898744 0.36787944117144233 4.4816890703380645 0.0005530843701478336 0.000037170318684126734 13.197138159658358 0.0030275547453758153
-- decimal_new: 1.6904588483790914 0.9048374180359595 760890487.9368925 NULL 0.36787944117144233 4.4816890703380645 0.0005530843701478336 0.000037170318684126734 13.197138159658358 0.0030275547453758153
-- string_new:  22026.465794806718 0.000045399929762484854 10686474581524.463 9.357622968840175e-14 5.184705528587072e21 1.9287498479639178e-22 NULL 0.36787944117144233 1.0 8.194012623990515e-40
select exp(0), exp(1), exp(709), exp(710), exp(-746), exp('2');
