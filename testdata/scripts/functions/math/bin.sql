-- BIN: https://www.alibabacloud.com/help/en/maxcompute/user-guide/bin
-- (the BIN section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select bin(0);     -- documented: 0
select bin(null);  -- documented: NULL
select bin(12);    -- documented: 1100
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
select bin(int_data) as int_new, bin(bigint_data) as bigint_new from mf_math_fun_t;
-- documented (negatives are 64-bit two's complement, INT included):
-- int_new:    NULL 1111111111111111111111111111111111111111111111111111111111101100 0 1111111111111111111111111111111111111111111111111111111111011000 101
--             1111111111111111111111111111111111111111111111111111111111000100 1111111111111111111111111111111111111111111111111111111111111111
--             1111111111111111111111111111111111111111111111111111111110110000 1001 1111111111111111111111111111111111111111111111111111111110011100
-- bigint_new: 1111111111111111111111111111111111111111111111111111111111110110 NULL 1111111111111111111111111111111111111111111111111111111111111111 100
--             1111111111111111111111111111111111111111111111111111111111001110 110 1111111111111111111111111111111111111111111111111111111110111010 1
--             1111111111111111111111111111111111111111111111111111111110100110 1010
select bin(1Y), bin(255S), bin(9223372036854775807L);
