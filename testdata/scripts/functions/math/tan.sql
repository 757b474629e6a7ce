-- TAN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/tan
-- (the TAN section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select tan(30);    -- documented: -6.405331196646276
select tan(null);  -- documented: NULL
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
select tan(bigint_data) as bigint_new, tan(double_data) as double_new, tan(decimal_data) as decimal_new, tan(string_data) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  -0.6483608274590866 NULL -1.5574077246549023 1.1578212823495775 0.27190061199763077 -0.29100619138474915 -1.2219599181369434 1.5574077246549023 1.995200412208242 0.6483608274590866
-- double_new:  0.5792200822893652 -0.10033467208545055 NULL 1.2345994590490046 -1.5574077246549023 14.101419947171719 -2.706013866772691 -0.979852083895097 -0.6291704256385503 0.5246662219468002
-- decimal_new: 0.5792200822893652 -0.10033467208545055 -33.71948732190433 NULL -1.5574077246549023 14.101419947171719 -2.706013866772691 -0.979852083895097 -0.6291704256385503 0.5246662219468002
-- string_new:  0.6483608274590866 -0.6483608274590866 -6.405331196646276 6.405331196646276 -0.27190061199763077 0.27190061199763077 NULL -1.5574077246549023 0.0 1.995200412208242
select tan(0), tan(pi()/4), tan(-0.0);
