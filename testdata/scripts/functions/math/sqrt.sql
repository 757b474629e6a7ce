-- SQRT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sqrt
-- (the SQRT section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select sqrt(4);     -- documented: 2.0
select sqrt(null);  -- documented: NULL
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
select sqrt(bigint_data) as bigint_new, sqrt(double_data) as double_new, sqrt(decimal_data) as decimal_new, sqrt(string_data) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  NULL NULL NULL 2.0 NULL 2.449489742783178 NULL 1.0 NULL 3.1622776601683795
-- double_new:  0.724568837309472 NULL NULL 0.9433981132056604 NULL 1.224744871391589 NULL NULL 1.606237840420901 NULL
-- decimal_new: 0.724568837309472 NULL 4.522167621838006 NULL NULL 1.224744871391589 NULL NULL 1.606237840420901 NULL
-- string_new:  3.1622776601683795 NULL 5.477225575051661 NULL 7.0710678118654755 NULL NULL NULL 0.0 NULL
-- A negative number gives NULL.
select sqrt(-1), sqrt(0), sqrt(2), sqrt('9'), sqrt(0.25BD);
