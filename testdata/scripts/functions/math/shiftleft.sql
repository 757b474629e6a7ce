-- SHIFTLEFT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/shiftleft
-- (the SHIFTLEFT section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select shiftleft(1,2);     -- documented: 4 (0001 << 2 = 0100)
select shiftleft(4,3);     -- documented: 32 (0100 << 3 = 100000)
select shiftleft(null,2);  -- documented: NULL
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
select shiftleft(int_data, 1) as int_new, shiftleft(bigint_data, 1) as bigint_new from mf_math_fun_t;
-- documented:
-- int_new:    NULL -40 0 -80 10 -120 -2 -160 18 -200
-- bigint_new: -20 NULL -2 8 -100 12 -140 2 -180 20
-- An INT result stays 32-bit and shifts by n mod 32, as Java's int does; a BIGINT is 64-bit.
select shiftleft(1, 31), shiftleft(1, 32), shiftleft(1L, 32), shiftleft(1L, 64), shiftleft(3Y, 2), shiftleft(1, -1);
