-- LATERAL VIEW errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/lateral-view-1
-- The syntax: LATERAL VIEW [OUTER] udtf(expr) table_alias AS col [, col ...]; all required.
-- case: no table alias
select * from values (1) t(a) lateral view explode(array(1)) as x;
-- case: no column names
select * from values (1) t(a) lateral view explode(array(1)) v;
-- case: a scalar function
select * from values (1) t(a) lateral view upper('a') v as x;
-- case: an aggregate
select * from values (1) t(a) lateral view count(a) v as x;
-- case: an unknown function
select * from values (1) t(a) lateral view explod(array(1)) v as x;
-- case: not a call
select * from values (1) t(a) lateral view a v as x;
-- case: wrong number of names
select * from values (1) t(a) lateral view explode(map(1, 2)) v as x;
-- case: a column of a later lateral view
select * from values (array(1)) t(a) lateral view explode(y) v as x lateral view explode(a) w as y;
-- case: an ambiguous generated column
select x from values (array(1)) t(a) lateral view explode(a) v as x lateral view explode(a) w as x;
-- case: a table function nested in the arguments
select * from values (1) t(a) lateral view explode(explode(array(array(1)))) v as x;
-- case: a runtime error names the call
select * from values ('a') t(a) lateral view json_explode(json '1') v as k, x;
