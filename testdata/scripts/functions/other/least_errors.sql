-- LEAST bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: one argument
select least(1);
-- case: BINARY
select least(cast('a' as binary), cast('b' as binary));
