-- CHR: https://www.alibabacloud.com/help/en/maxcompute/user-guide/chr
-- Example 1: ASCII code 100. Documented: d.
select chr(100);
-- Example 2: NULL input. Documented: NULL.
select chr(null);
-- Example 3: a STRING converts to BIGINT first. Documented: d.
-- (The newest page shows it under the 1.0 edition; mcsql converts in every edition.)
select chr('100');
-- The bounds of the documented range 0 to 128 (the chr page of Jul 21, 2023;
-- the string functions page says 0 to 127): 65 is A, 48 is 0.
select chr(65), chr(48), length(chr(0)), length(chr(128));
-- The page lists DOUBLE and DECIMAL among the types converted to BIGINT
-- first (both the 2023 chr page and the string functions page); mcsql
-- converts them as CAST does, truncating toward zero: d, d, A, B.
select chr(100.9), chr(100.9bd), chr(cast(65 as decimal)), chr(cast(66 as float));
