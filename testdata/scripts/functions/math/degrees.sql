-- DEGREES: https://www.alibabacloud.com/help/en/maxcompute/user-guide/degrees
-- (the DEGREES section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select degrees(1.5707963267948966);  -- documented: 90.0
select degrees(0);                   -- documented: 0.0
select degrees(null);                -- documented: NULL
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
-- x*180/π, left to right: the digits the table shows.
select degrees(int_data) as int_new, degrees(bigint_data) as bigint_new, degrees(double_data) as double_new, degrees(decimal_data) as decimal_new, degrees(float_data) as float_new, degrees(string_data) as string_new from mf_math_fun_t;
-- documented:
-- int_new:     NULL -1145.9155902616465 0.0 -2291.831180523293 286.4788975654116 -3437.7467707849396 -57.29577951308232 -4583.662361046586 515.662015617741 -5729.5779513082325
-- bigint_new:  -572.9577951308232 NULL -57.29577951308232 229.1831180523293 -2864.7889756541163 343.77467707849394 -4010.7045659157625 57.29577951308232 -5156.620156177409 572.9577951308232
-- double_new:  30.08028424436822 -5.729577951308232 NULL 50.99324376664326 -57.29577951308232 85.94366926962348 -429.71834634811745 -584.4169510334397 147.8231111437524 -332.31552117587745
-- decimal_new: 30.08028424436822 -5.729577951308232 1171.6986910425335 NULL -57.29577951308232 85.94366926962348 -429.71834634811745 -584.4169510334397 147.8231111437524 -332.31552117587745
-- float_new:   30.080282878330387 -5.729578036685597 -57.29577951308232 50.99324294702057 NULL 85.94366926962348 -429.71834634811745 -584.416940105137 147.82310677243132 -332.31553210418014
-- string_new:  572.9577951308232 -572.9577951308232 1718.8733853924698 -1718.8733853924698 2864.7889756541163 -2864.7889756541163 NULL -57.29577951308232 0.0 -5156.620156177409
select degrees(pi()), degrees('1');
