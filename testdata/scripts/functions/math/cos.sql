-- COS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/cos
-- (the COS section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select cos(3.1415926/2);  -- documented: 2.6794896585028633e-8
select cos(3.1415926);    -- documented: -0.9999999999999986
select cos(null);         -- documented: NULL
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
select cos(bigint_data) as bigint_new, cos(double_data) as double_new, cos(decimal_data) as decimal_new, cos(string_data) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  -0.8390715290764524 NULL 0.5403023058681398 -0.6536436208636119 0.9649660284921133 0.960170286650366 0.6333192030862999 0.5403023058681398 -0.4480736161291701 -0.8390715290764524
-- double_new:  0.8653239416229412 0.9950041652780258 NULL 0.6294120265736969 0.5403023058681398 0.0707372016677029 0.3466353178350258 -0.7142656520272003 -0.8464080412157756 0.8855195169413189
-- decimal_new: 0.8653239416229412 0.9950041652780258 -0.02964340851507803 NULL 0.5403023058681398 0.0707372016677029 0.3466353178350258 -0.7142656520272003 -0.8464080412157756 0.8855195169413189
-- string_new:  -0.8390715290764524 -0.8390715290764524 0.15425144988758405 0.15425144988758405 0.9649660284921133 0.9649660284921133 NULL 0.5403023058681398 1.0 -0.4480736161291701
select cos(0), cos('0'), cos(1e22), cos(cast('inf' as double));
