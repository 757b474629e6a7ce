-- CBRT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/cbrt
-- (the CBRT section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select cbrt(8);     -- documented: 2.0
select cbrt(null);  -- documented: NULL
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
set odps.sql.type.system.odps2=true;
-- MaxCompute's runtime uses glibc's cbrt, which is not correctly rounded:
-- cbrt(10) is 2.1544346900318834 where the nearest DOUBLE is 2.154434690031884.
select cbrt(int_data) as int_new, cbrt(bigint_data) as bigint_new, cbrt(double_data) as double_new, cbrt(float_data) as float_new, cbrt(string_data) as string_new from mf_math_fun_t;
-- documented:
-- int_new:    NULL -2.7144176165949063 0.0 -3.4199518933533937 1.7099759466766968 -3.9148676411688634 -1.0 -4.308869380063767 2.080083823051904 -4.641588833612778
-- bigint_new: -2.1544346900318834 NULL -1.0 1.5874010519681996 -3.6840314986403864 1.8171205928321394 -4.121285299808557 1.0 -4.481404746557165 2.1544346900318834
-- double_new: 0.806714323012272 -0.46415888336127786 NULL 0.9619001716077046 -1.0 1.1447142425533317 -1.9574338205844317 -2.168702885250197 1.3715339700741747 -1.7967017791430528
-- float_new:  0.8067143108004823 -0.46415888566678 -1.0 0.961900166454112 NULL 1.1447142425533317 -1.9574338205844317 -2.1687028717323127 1.3715339565548288 -1.7967017988380907
-- string_new: 2.1544346900318834 -2.1544346900318834 3.107232505953859 -3.107232505953859 3.6840314986403864 -3.6840314986403864 NULL -1.0 0.0 -4.481404746557165
select cbrt(-27), cbrt(0.001), cbrt(cast('-inf' as double)), cbrt(-0.0);
