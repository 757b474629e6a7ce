-- Text read as a number: digits, an optional sign, point and exponent, surrounding spaces
-- ignored, Java's NaN and Infinity spellings (Java's Double.parseDouble, which the documentation
-- follows elsewhere for DOUBLE text).
-- Underscores between digits are not a number anywhere (Go's ParseFloat took '1_000' for 1000).
-- case: spaces, signs and exponents
select cast(' 1e3 ' as double), cast('+1.5' as double), cast('.5' as double), cast('5.' as double), cast('1E-2' as double), cast('1e400' as double);
-- case: an underscore in a DOUBLE
select cast('1_000' as double);
-- case: an underscore in an implicit conversion
select '1_0' + 1;
-- case: an underscore in FORMAT_NUMBER's number
select format_number('1_000', 2);
-- case: an underscore in a BIGINT
select cast('1_000' as bigint);
-- case: an underscore in a DECIMAL
select cast('1_000' as decimal);
