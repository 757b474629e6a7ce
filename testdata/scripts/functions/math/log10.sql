-- LOG10: https://www.alibabacloud.com/help/en/maxcompute/user-guide/log10
-- (the LOG10 section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
select log10(null);  -- documented: NULL
select log10(0);     -- documented: NULL
-- documented: 0.9030899869919435 (Java's Math.log10 when MaxCompute folds the
-- constant); run-time rows are ln(x)/ln(10), see the table.
select log10(8);
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
-- The table is computed at run time as ln(x)/ln(10): log10(6) is documented
-- as 0.7781512503836435 where the correctly rounded log10 is ...436.
select log10(int_data) as int_new, log10(bigint_data) as bigint_new, log10(double_data) as double_new, log10(decimal_data) as decimal_new, log10(float_data) as float_new, log10(string_data) as string_new from mf_math_fun_t;
-- documented:
-- int_new:     NULL NULL NULL NULL 0.6989700043360187 NULL NULL NULL 0.9542425094393249 NULL
-- bigint_new:  NULL NULL NULL 0.6020599913279623 NULL 0.7781512503836435 NULL 0.0 NULL 1.0
-- double_new:  -0.2798406965940431 NULL NULL -0.0506099933550872 NULL 0.17609125905568124 NULL NULL 0.4116197059632301 NULL
-- decimal_new: -0.2798406965940431 NULL 1.3106933123433606 NULL NULL 0.17609125905568124 NULL NULL 0.4116197059632301 NULL
-- float_new:   -0.27984071631668606 NULL NULL -0.050610000335573106 NULL 0.17609125905568124 NULL NULL 0.411619693120579 NULL
-- string_new:  1.0 NULL 1.4771212547196624 NULL 1.6989700043360185 NULL NULL NULL NULL NULL
select log10(100), log10(-1), log10('1000'), log10(0.001BD);
