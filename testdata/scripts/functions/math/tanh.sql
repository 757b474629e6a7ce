-- TANH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/tanh
-- (the TANH section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select tanh(30);    -- documented: 1.0
select tanh(null);  -- documented: NULL
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
select tanh(bigint_data) as bigint_new, tanh(double_data) as double_new, tanh(decimal_data) as decimal_new, tanh(string_data) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  -0.9999999958776927 NULL -0.7615941559557649 0.999329299739067 -1.0 0.9999877116507956 -1.0 0.7615941559557649 -1.0 0.9999999958776927
-- double_new:  0.48154979836430806 -0.09966799462495582 NULL 0.7113937318189625 -0.7615941559557649 0.9051482536448664 -0.9999993881955461 -0.9999999972367348 0.9885821584459533 -0.9999816679925603
-- decimal_new: 0.48154979836430806 -0.09966799462495582 1.0 NULL -0.7615941559557649 0.9051482536448664 -0.9999993881955461 -0.9999999972367348 0.9885821584459533 -0.9999816679925603
-- string_new:  0.9999999958776927 -0.9999999958776927 1.0 -1.0 1.0 -1.0 NULL -0.7615941559557649 0.0 -1.0
select tanh(0), tanh(-0.0), tanh(1e-20), tanh(cast('-inf' as double));
