-- COSH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/cosh
-- (the COSH section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select cosh(3.1415926/2);  -- documented: 2.5091784169949913
select cosh(null);         -- documented: NULL
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
select cosh(bigint_data) as bigint_new, cosh(double_data) as double_new, cosh(decimal_data) as decimal_new, cosh(string_data) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  11013.232920103324 NULL 1.5430806348152437 27.308232836016487 2.592352764293536e21 201.7156361224559 1.2577193354595834e30 1.5430806348152437 6.102016471589204e38 11013.232920103324
-- double_new:  1.1410071063729532 1.0050041680558035 NULL 1.42289270202111 1.5430806348152437 2.352409615243247 904.0214837702166 13451.593055733929 6.636456081840602 165.151293732197
-- decimal_new: 1.1410071063729532 1.0050041680558035 380445243.96844625 NULL 1.5430806348152437 2.352409615243247 904.0214837702166 13451.593055733929 6.636456081840602 165.151293732197
-- string_new:  11013.232920103324 11013.232920103324 5343237290762.231 5343237290762.231 2.592352764293536e21 2.592352764293536e21 NULL 1.5430806348152437 1.0 6.102016471589204e38
select cosh(0), cosh(710), cosh(711), cosh(-0.0);
