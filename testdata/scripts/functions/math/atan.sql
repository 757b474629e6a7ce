-- ATAN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/atan
-- (the ATAN section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select atan(1);     -- documented: 0.7853981633974483
select atan(-1);    -- documented: -0.7853981633974483
select atan(null);  -- documented: NULL
select atan('1'), atan(1BD), atan(cast('inf' as double)), atan(1e300);
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
select atan(bigint_data) as bigint_new, atan(double_data) as double_new, atan(decimal_data) as decimal_new, atan(string_data) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  -1.4711276743037347 NULL -0.7853981633974483 1.3258176636680326 -1.550798992821746 1.4056476493802699 -1.5565115842075 0.7853981633974483 -1.5596856728972892 1.4711276743037347
-- double_new:  0.483447001567199 -0.09966865249116204 NULL 0.7272626879966904 -0.7853981633974483 0.982793723247329 -1.4382447944982226 -1.473069419436178 1.2010277920014796 -1.4000611153196139
-- decimal_new: 0.483447001567199 -0.09966865249116204 1.521935491607842 NULL -0.7853981633974483 0.982793723247329 -1.4382447944982226 -1.473069419436178 1.2010277920014796 -1.4000611153196139
-- string_new:  1.4711276743037347 -1.4711276743037347 1.5374753309166493 -1.5374753309166493 1.550798992821746 -1.550798992821746 NULL -0.7853981633974483 0.0 -1.5596856728972892
