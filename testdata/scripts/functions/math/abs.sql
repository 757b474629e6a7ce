-- ABS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/abs
-- (the ABS section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select abs(null);                                    -- documented: NULL
select abs(-1);                                      -- documented: 1
select abs(-1.2);                                    -- documented: 1.2
select abs("-2");                                    -- documented: 2.0 (a STRING is read as DOUBLE)
-- documented: 1.2232083745629837e32 (the literal is a DOUBLE: it exceeds BIGINT)
select abs(122320837456298376592387456923748);
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
select abs(bigint_data) as bigint_new, abs(double_data) as double_new, abs(decimal_data) as decimal_new, abs(string_data) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  10 NULL 1 4 50 6 70 1 90 10
-- double_new:  0.525 0.1 NULL 0.89 1.0 1.5 7.5 10.2 2.58 5.8
-- decimal_new: 0.525 0.1 20.45 NULL 1 1.5 7.5 10.2 2.58 5.8
-- string_new:  10.0 10.0 30.0 30.0 50.0 50.0 NULL 1.0 0.0 90.0
-- Types are kept: INT widens to BIGINT, FLOAT to DOUBLE, DECIMAL keeps its scale.
select abs(-5Y), abs(-3.25F), abs(-1.50BD), abs(cast(-2 as decimal(10,2))), abs(0.0), abs(-0.0);
select abs(-9223372036854775807L), abs(cast('-inf' as double)), abs(cast('nan' as double));
