-- HEX: https://www.alibabacloud.com/help/en/maxcompute/user-guide/hex
-- (the HEX section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select hex(0);       -- documented: 0
select hex('abc');   -- documented: 616263
select hex(17);      -- documented: 11
select hex('17');    -- documented: 3137
-- documented: "An error is returned." The page's return rules say NULL
-- gives NULL, as functions.md does; mcsql returns NULL.
select hex(null);
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
-- A FLOAT is hexed as printed: the FLOAT -1 prints as -1 (hex 2D31), the
-- DOUBLE -1 as -1.0 (2D312E30).
select hex(int_data) as int_new, hex(bigint_data) as bigint_new, hex(double_data) as double_new, hex(decimal_data) as decimal_new, hex(float_data) as float_new, hex(string_data) as string_new from mf_math_fun_t;
-- documented:
-- int_new:     NULL FFFFFFFFFFFFFFEC 0 FFFFFFFFFFFFFFD8 5 FFFFFFFFFFFFFFC4 FFFFFFFFFFFFFFFF FFFFFFFFFFFFFFB0 9 FFFFFFFFFFFFFF9C
-- bigint_new:  FFFFFFFFFFFFFFF6 NULL FFFFFFFFFFFFFFFF 4 FFFFFFFFFFFFFFCE 6 FFFFFFFFFFFFFFBA 1 FFFFFFFFFFFFFFA6 A
-- double_new:  302E353235 2D302E31 NULL 302E3839 2D312E30 312E35 2D372E35 2D31302E32 322E3538 2D352E38
-- decimal_new: 302E353235 2D302E31 32302E3435 NULL 2D31 312E35 2D372E35 2D31302E32 322E3538 2D352E38
-- float_new:   302E353235 2D302E31 2D31 302E3839 NULL 312E35 2D372E35 2D31302E32 322E3538 2D352E38
-- string_new:  3130 2D3130 3330 2D3330 3530 2D3530 NULL 2D31 30 2D3930
select hex(X'0aff'), hex(1.50BD), hex(cast(1.5 as decimal(10,3))), hex(cast(-1 as float)), hex(-1.0);
