-- Errors of set operations.
-- case: different numbers of columns
select 1 as a, 2 as b union all select 3;
-- case: STRING and a number do not convert implicitly
select 'a' as x union all select 1;
-- case: STRING and DATETIME do not convert implicitly either
select '2024-01-01 00:00:00' as x except select datetime '2024-01-01 00:00:00';
-- case: an explicit CAST is the fix
select cast(1 as string) as x union all select 'a';
-- case: ORDER BY of a set operation names an output column
select 1 as a union all select 2 order by b limit 1;
-- case: types without a common type
select array(1) as x intersect select 1;
