-- SIGN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sign
-- (the SIGN section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select sign(-2.5);  -- documented: -1.0
select sign(2.5);   -- documented: 1.0
select sign(0);     -- documented: 0.0
select sign(null);  -- documented: NULL
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
-- A DECIMAL's sign prints as 1 or -1 on the page (an INT, Hive's
-- sign(decimal)); every other type gives a DOUBLE.
select sign(int_data) as int_new, sign(bigint_data) as bigint_new, sign(double_data) as double_new, sign(decimal_data) as decimal_new, sign(float_data) as float_new, sign(string_data) as string_new from mf_math_fun_t;
-- documented:
-- int_new:     NULL -1.0 0.0 -1.0 1.0 -1.0 -1.0 -1.0 1.0 -1.0
-- bigint_new:  -1.0 NULL -1.0 1.0 -1.0 1.0 -1.0 1.0 -1.0 1.0
-- double_new:  1.0 -1.0 NULL 1.0 -1.0 1.0 -1.0 -1.0 1.0 -1.0
-- decimal_new: 1 -1 1 NULL -1 1 -1 -1 1 -1
-- float_new:   1.0 -1.0 -1.0 1.0 NULL 1.0 -1.0 -1.0 1.0 -1.0
-- string_new:  1.0 -1.0 1.0 -1.0 1.0 -1.0 NULL -1.0 0.0 -1.0
select sign(0BD), sign(-0.0), sign(cast('nan' as double)), sign('-3');
