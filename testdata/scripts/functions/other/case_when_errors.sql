-- CASE WHEN errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/case-when
-- case: BOOLEAN and STRING results (BOOLEAN cannot be converted to STRING)
select case when true then true else 'x' end;
-- case: a condition that is not BOOLEAN
select case when 1 then 'a' end;
