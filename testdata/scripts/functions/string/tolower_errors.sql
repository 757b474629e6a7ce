-- TOLOWER errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/tolower
-- The page: a source that is not STRING, BIGINT, DOUBLE, DECIMAL or DATETIME is an error.
-- case: a binary
select tolower(x'41');
