-- CHR errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/chr
-- The page: ascii outside 0 to 128 is an error, as is a type other than
-- BIGINT, STRING, DOUBLE or DECIMAL.
-- case: above 128
select chr(129);
-- case: negative
select chr(-1);
-- case: not a number
select chr('abc');
-- case: boolean
select chr(true);
-- case: double above 128 after truncation
select chr(129.0);
-- case: double with no BIGINT value
select chr(1e30);
