-- FROM_CHARSET errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/from-charset
-- The page: mode NONE (the default) reports an error for bytes the charset
-- cannot read, and an empty string argument is an error.
-- case: invalid bytes with the default mode
SELECT FROM_CHARSET(unhex('61ff62'), 'UTF-8');
-- case: invalid bytes with mode NONE
SELECT FROM_CHARSET(unhex('ff'), 'GBK', 'NONE');
-- case: empty source
SELECT FROM_CHARSET(cast('' as binary), 'UTF-8');
-- case: empty charset
SELECT FROM_CHARSET(unhex('61'), '');
-- case: unknown mode
SELECT FROM_CHARSET(unhex('61'), 'UTF-8', 'SKIP');
