-- Errors of IS [NOT] DISTINCT FROM.
-- case: FROM missing
select 1 is distinct 2;
-- case: no right side
select 1 is not distinct from;
-- case: types that do not compare
select array(1) is distinct from 1;
