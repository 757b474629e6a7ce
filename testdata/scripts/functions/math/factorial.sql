-- FACTORIAL: https://www.alibabacloud.com/help/en/maxcompute/user-guide/factorial
-- (the FACTORIAL section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select factorial(5);     -- documented: 120 (5! = 5 × 4 × 3 × 2 × 1)
select factorial(0);     -- documented: 1
select factorial(null);  -- documented: NULL
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
select factorial(int_data) as int_new, factorial(bigint_data) as bigint_new from mf_math_fun_t;
-- documented:
-- int_new:    NULL NULL 1 NULL 120 NULL NULL NULL 362880 NULL
-- bigint_new: NULL NULL NULL 24 NULL 720 NULL 1 NULL 3628800
-- The range is [0, 20]: outside it the result is NULL.
select factorial(20), factorial(21), factorial(-1), factorial(3Y);
