-- FORMAT_NUMBER: https://www.alibabacloud.com/help/en/maxcompute/user-guide/format-number
-- (expr1 DOUBLE, BIGINT, INT, SMALLINT, TINYINT, FLOAT, DECIMAL or STRING;
-- expr2 the decimals 0 to 340, or a pattern like #,###,###.##.)
-- Static data examples. Documented: 5.230, 12,332.123, NULL.
select format_number(5.230134523424545456,3);
select format_number(12332.123456, '#,###,###,###.###');
select format_number(null,3);
-- An empty string (from the string-functions version of the page). Documented: NULL.
select format_number('',3);
-- Table data example, on the page's sample data mf_math_fun_t. Documented:
-- int_new | bigint_new | double_new | decimal_new | float_new | string_new
-- NULL    | -10.0      | 0.53       | 0.5         | 1         | 10.0
-- -20.0   | NULL       | -0.10      | -0.1        | -0        | -10.0
-- 0.0     | -1.0       | NULL       | 20.5        | -1        | 30.0
-- -40.0   | 4.0        | 0.89       | NULL        | 1         | -30.0
-- 5.0     | -50.0      | -1.00      | -1.0        | NULL      | 50.0
-- -60.0   | 6.0        | 1.50       | 1.5         | 2         | -50.0
-- -1.0    | -70.0      | -7.50      | -7.5        | -8        | NULL
-- -80.0   | 1.0        | -10.20     | -10.2       | -10       | -1.0
-- 9.0     | -90.0      | 2.58       | 2.6         | 3         | 0.0
-- -100.0  | 10.0       | -5.80      | -5.8        | -6        | -90.0
-- (DECIMAL 20.45 -> 20.5 and FLOAT -7.5 -> -8: ties round half up; a double
-- rounds as its shortest text, 0.525 -> 0.53.)
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
select format_number(int_data, 1) as int_new, format_number(bigint_data, 1) as bigint_new, format_number(double_data, 2) as double_new, format_number(decimal_data, 1) as decimal_new, format_number(float_data, 0) as float_new, format_number(string_data, 1) as string_new from mf_math_fun_t;
-- expr2 = 0: no decimal point; larger numbers get thousands separators.
select format_number(1234567.5, 0), format_number(1234567, 0), format_number(-1234.5, 0), format_number(12332.123456, 4);
-- More patterns.
select format_number(12332.1, '#.000'), format_number(0.5, '#.##'), format_number(0.5, '0.00'), format_number(1234.5, '$#,##0.00');
-- SMALLINT and TINYINT; doubles round as their shortest text (2.675 -> 2.68).
select format_number(cast(5 as smallint), 1), format_number(cast(9 as tinyint), 1), format_number(2.675, 2), format_number(0.125BD, 2);
-- NULL decimals.
select format_number(1.5, null);
