-- LOG2: https://www.alibabacloud.com/help/en/maxcompute/user-guide/log2
-- (the LOG2 section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select log2(null);  -- documented: NULL
select log2(0);     -- documented: NULL
select log2(8);     -- documented: 3.0
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
select log2(int_data) as int_new, log2(bigint_data) as bigint_new, log2(double_data) as double_new, log2(decimal_data) as decimal_new, log2(float_data) as float_new, log2(string_data) as string_new from mf_math_fun_t;
-- documented:
-- int_new:     NULL NULL NULL NULL 2.321928094887362 NULL NULL NULL 3.1699250014423126 NULL
-- bigint_new:  NULL NULL NULL 2.0 NULL 2.584962500721156 NULL 0.0 NULL 3.3219280948873626
-- double_new:  -0.929610672108602 NULL NULL -0.16812275880832692 NULL 0.5849625007211562 NULL NULL 1.3673710656485296 NULL
-- decimal_new: -0.929610672108602 NULL 4.354028938054387 NULL NULL 0.5849625007211562 NULL NULL 1.3673710656485296 NULL
-- float_new:   -0.9296107376258038 NULL NULL -0.16812278199699915 NULL 0.5849625007211562 NULL NULL 1.367371022986166 NULL
-- string_new:  3.3219280948873626 NULL 4.906890595608519 NULL 5.643856189774724 NULL NULL NULL NULL NULL
select log2(1024), log2(-8), log2('0.5');
