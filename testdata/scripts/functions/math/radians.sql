-- RADIANS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/radians
-- (the RADIANS section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select radians(90);    -- documented: 1.5707963267948966
select radians(0);     -- documented: 0.0
select radians(null);  -- documented: NULL
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
select radians(int_data) as int_new, radians(bigint_data) as bigint_new, radians(double_data) as double_new, radians(decimal_data) as decimal_new, radians(float_data) as float_new, radians(string_data) as string_new from mf_math_fun_t;
-- documented:
-- int_new:     NULL -0.3490658503988659 0.0 -0.6981317007977318 0.08726646259971647 -1.0471975511965976 -0.017453292519943295 -1.3962634015954636 0.15707963267948966 -1.7453292519943295
-- bigint_new:  -0.17453292519943295 NULL -0.017453292519943295 0.06981317007977318 -0.8726646259971648 0.10471975511965977 -1.2217304763960306 0.017453292519943295 -1.5707963267948966 0.17453292519943295
-- double_new:  0.00916297857297023 -0.0017453292519943296 NULL 0.015533430342749534 -0.017453292519943295 0.02617993877991494 -0.1308996938995747 -0.17802358370342158 0.045029494701453704 -0.10122909661567112
-- decimal_new: 0.00916297857297023 -0.0017453292519943296 0.3569198320328404 NULL -0.017453292519943295 0.02617993877991494 -0.1308996938995747 -0.17802358370342158 0.045029494701453704 -0.10122909661567112
-- float_new:   0.009162978156851308 -0.0017453292780017621 -0.017453292519943295 0.015533430093078181 NULL 0.02617993877991494 -0.1308996938995747 -0.17802358037447025 0.04502949336987316 -0.10122909994462247
-- string_new:  0.17453292519943295 -0.17453292519943295 0.5235987755982988 -0.5235987755982988 0.8726646259971648 -0.8726646259971648 NULL -0.017453292519943295 0.0 -1.5707963267948966
select radians(180), radians('45');
