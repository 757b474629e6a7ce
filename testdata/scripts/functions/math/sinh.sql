-- SINH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sinh
-- (the SINH section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select sinh(30);    -- documented: 5.343237290762231E12
select sinh(null);  -- documented: NULL
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
select sinh(bigint_data) as bigint_new, sinh(double_data) as double_new, sinh(decimal_data) as decimal_new, sinh(string_data) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  -11013.232874703393 NULL -1.1752011936438014 27.28991719712775 -2.592352764293536e21 201.71315737027922 -1.2577193354595834e30 1.1752011936438014 -6.102016471589204e38 11013.232874703393
-- double_new:  0.5494517420061382 -0.10016675001984403 NULL 1.0122369492687646 -1.1752011936438014 2.1292794550948173 -904.0209306858466 -13451.593018563612 6.560682077817757 -165.1482661774516
-- decimal_new: 0.5494517420061382 -0.10016675001984403 380445243.96844625 NULL -1.1752011936438014 2.1292794550948173 -904.0209306858466 -13451.593018563612 6.560682077817757 -165.1482661774516
-- string_new:  11013.232874703393 -11013.232874703393 5343237290762.231 -5343237290762.231 2.592352764293536e21 -2.592352764293536e21 NULL -1.1752011936438014 0.0 -6.102016471589204e38
select sinh(0), sinh(1e-20), sinh(710), sinh(-711);
