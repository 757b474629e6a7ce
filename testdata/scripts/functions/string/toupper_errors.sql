-- TOUPPER errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/toupper
-- The page: a source that is not STRING, BIGINT, DOUBLE, DECIMAL or DATETIME is an error.
-- case: a boolean
select toupper(true);
