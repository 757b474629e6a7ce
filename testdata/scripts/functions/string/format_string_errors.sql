-- FORMAT_STRING errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/format-string
-- The page: a NULL format or value is an error.
-- case: NULL value
SELECT FORMAT_STRING('%d', null);
-- case: NULL format
SELECT FORMAT_STRING(null, 1);
-- case: %d of a string
SELECT FORMAT_STRING('%d', 'abc');
-- case: an unsupported conversion
SELECT FORMAT_STRING('%x', 255);
-- case: a value type the page does not list
SELECT FORMAT_STRING('%s', 1.5);
