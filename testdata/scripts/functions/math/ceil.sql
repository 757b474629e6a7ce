-- CEIL: https://www.alibabacloud.com/help/en/maxcompute/user-guide/ceil
-- (the CEIL section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select ceil(1.1);   -- documented: 2
select ceil(-1.1);  -- documented: -1
select ceil(null);  -- documented: NULL
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
select ceil(bigint_data) as bigint_new, ceil(double_data) as double_new, ceil(decimal_data) as decimal_new, ceil(string_data) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  -10 NULL -1 4 -50 6 -70 1 -90 10
-- double_new:  1 0 NULL 1 -1 2 -7 -10 3 -5
-- decimal_new: 1 0 21 NULL -1 2 -7 -10 3 -5
-- string_new:  10 -10 30 -30 50 -50 NULL -1 0 -90
select ceil('2.1'), ceil(-0.5), ceil(9223372036854775807L), ceil(1.000000000000000001BD);
