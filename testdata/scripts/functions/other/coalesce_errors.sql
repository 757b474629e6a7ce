-- COALESCE bad arguments: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions
-- case: Example 2, incorrect statement: abc is read as a column name, which does not exist
select coalesce(null,null,1,null,abc,5,7);
-- case: arguments of no common type
select coalesce(1, true);
-- case: no arguments
select coalesce();
-- case: Example 3: all arguments NULL literals, so the result has no type (the newest page's error:
-- ODPS-0130071 ... parameter 1 for function COALESCE expect at least one parameter should be non-null)
select coalesce(null,null,null,null);
-- case: an argument that is needed still fails, at compile time, at its own position
select coalesce(cast(null as bigint), if(failif(true, 'needed'), 0, -1));
