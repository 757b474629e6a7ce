-- A table-generating function is neither a window nor an aggregate
-- function: OVER, FILTER and WITHIN GROUP on it, and QUALIFY beside it in
-- the select list, are errors rather than being ignored.
-- case: OVER on a table function
select explode(array(1)) over ();
-- case: OVER on a table function in LATERAL VIEW
select * from values (1) t(v) lateral view explode(array(1)) over () e as x;
-- case: FILTER on a table function
select explode(array(1)) filter (where true);
-- case: WITHIN GROUP on a table function
select explode(array(1)) within group (order by 1);
-- case: QUALIFY with a table function in the select list
select explode(array(1)) from values (1) t(v) qualify row_number() over () = 1;
-- case: QUALIFY over LATERAL VIEW columns works
select v, x from values (1) t(v) lateral view explode(array(3, 2)) e as x qualify row_number() over (order by x) = 1;
-- case: STACK of 2^63-1 rows
select stack(9223372036854775807, 1);
-- case: STACK of no rows
select stack(0, 1);
