-- SIN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sin
-- (the SIN section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select sin(60);    -- documented: -0.3048106211022167
select sin(null);  -- documented: NULL
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
select sin(bigint_data) as bigint_new, sin(double_data) as double_new, sin(decimal_data) as decimal_new, sin(string_data) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  0.5440211108893698 NULL -0.8414709848078965 -0.7568024953079282 0.26237485370392877 -0.27941549819892586 -0.7738906815578891 0.8414709848078965 -0.8939966636005579 -0.5440211108893698
-- double_new:  0.5012130046737979 -0.09983341664682815 NULL 0.7770717475268238 -0.8414709848078965 0.9974949866040544 -0.9379999767747389 0.6998746875935423 0.5325349075556212 0.46460217941375737
-- decimal_new: 0.5012130046737979 -0.09983341664682815 0.9995605376022045 NULL -0.8414709848078965 0.9974949866040544 -0.9379999767747389 0.6998746875935423 0.5325349075556212 0.46460217941375737
-- string_new:  -0.5440211108893698 0.5440211108893698 -0.9880316240928618 0.9880316240928618 -0.26237485370392877 0.26237485370392877 NULL -0.8414709848078965 0.0 -0.8939966636005579
select sin(0), sin(pi()), sin(1e300), sin(-0.0);
