-- CONV: https://www.alibabacloud.com/help/en/maxcompute/user-guide/conv
-- (the CONV section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
SELECT CONV('1100', 2, 10);   -- documented: 12
SELECT CONV('1100', 2, 16);   -- documented: C
SELECT CONV('ab', 16, 10);    -- documented: 171
SELECT CONV('ab', 16, 16);    -- documented: AB
SELECT CONV('1100', null, 10); -- documented: NULL
-- Older versions of the page (English and Chinese, before 2023) print
-- conv('1100', 2, 16) = 'c' and conv('ab', 16, 16) = 'ab' in lower case; the
-- newest page's upper case (C, AB, as Hive's CONV) is what mcsql follows.
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
-- The page's return rules say a BIGINT, DOUBLE or decimal input gives NULL outside the
-- Hive-compatible edition, but its own table converts them (4 -> 100, 1.5 -> 1, 20.45 -> 10100):
-- mcsql follows the table. Numbers are read through their text up to the first digit invalid
-- in the base, so 2.58 is read as 2; negative numbers give NULL.
SELECT CONV(bigint_data,10,2) AS bigint_new, CONV(double_data,10,2) AS double_new, CONV(decimal_data,10,2) AS decimal_new, CONV(string_data,10,2) AS string_new FROM mf_math_fun_t;
-- documented:
-- bigint_new:  NULL NULL NULL 100 NULL 110 NULL 1 NULL 1010
-- double_new:  0 NULL NULL 0 NULL 1 NULL NULL 10 NULL
-- decimal_new: 0 NULL 10100 NULL NULL 1 NULL NULL 10 NULL
-- string_new:  1010 NULL 11110 NULL 110010 NULL NULL NULL 0 NULL
-- 64-bit unsigned precision: the largest value converts, one more overflows (NULL).
select conv('FFFFFFFFFFFFFFFF', 16, 10), conv('18446744073709551616', 10, 16), conv('777', 8, 2), conv('12x', 10, 10), conv('xyz', 10, 2);
-- A negative input is NULL, and 0 in the Hive-compatible edition.
set odps.sql.hive.compatible=true;
select conv('-10', 10, 2);
