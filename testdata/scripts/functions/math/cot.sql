-- COT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/cot
-- (the COT section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- cos(x)/sin(x) in DOUBLE arithmetic gives every documented digit (1/tan(x)
-- differs in the last place for several rows).
select cot(3.1415926/2);  -- documented: 2.6794896585028643E-8
select cot(null);         -- documented: NULL
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
select cot(bigint_data) as bigint_new, cot(double_data) as double_new, cot(decimal_data) as decimal_new, cot(string_data) as string_new from mf_math_fun_t;
-- documented:
-- bigint_new:  -1.54235104535692 NULL -0.6420926159343308 0.8636911544506167 3.6778144508505695 -3.436353004180128 -0.8183574478651038 0.6420926159343308 0.5012027833801532 1.54235104535692
-- double_new:  1.7264594764178474 -9.966644423259238 NULL 0.8099792954471944 -0.6420926159343308 0.07091484430265245 -0.36954725630901636 -1.0205622016180353 -1.5893944776331337 1.9059736612916494
-- decimal_new: 1.7264594764178474 -9.966644423259238 -0.02965644140592836 NULL -0.6420926159343308 0.07091484430265245 -0.36954725630901636 -1.0205622016180353 -1.5893944776331337 1.9059736612916494
-- string_new:  1.54235104535692 -1.54235104535692 -0.15611995216165922 0.15611995216165922 -3.6778144508505695 3.6778144508505695 NULL -0.6420926159343308 1.0 0.5012027833801532
-- The string_new row for '0' is documented as 1.0, which no cotangent of 0
-- gives (the page seems to have copied COS's table); mcsql prints
-- Infinity, cos(0)/sin(0).
select cot(1), cot(0), cot('1');
