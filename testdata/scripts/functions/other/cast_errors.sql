-- CAST errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/cast
-- case: Example 4 (incorrect usage): 'abc' is not a number
select cast('abc' as bigint);
-- case: Example 6: with odps.function.strictmode=true (mcsql's only mode), '123abc' is an error
select cast('123abc' as bigint);
-- case: a string that is not a DATETIME
select cast('2009-07-01' as datetime);
-- case: BOOLEAN to DATETIME is not a conversion
select cast(true as datetime);
