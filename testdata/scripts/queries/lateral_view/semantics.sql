-- LATERAL VIEW beyond the page's examples: NULL and empty inputs, OUTER,
-- chaining, qualified names, WHERE, ORDER BY, joins, subqueries, SELECT *.
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/lateral-view-1
create table t (id bigint, arr array<string>, m map<string,bigint>);
insert into t values (1, array('a', 'b'), map('x', 1)), (2, array(), map_filter(map('z', 0), (k, v) -> false)), (3, null, null), (4, array(null), map('y', null));
-- Without OUTER: no row for the empty and the NULL array; a NULL element is a row.
select id, e from t lateral view explode(arr) v as e;
-- With OUTER: one row of NULLs for each of them.
select id, e from t lateral view outer explode(arr) v as e;
-- SELECT * is the table's columns then the generated ones; v.* only the generated.
select * from t lateral view explode(m) v as k, val where id = 1;
select v.* from t lateral view outer explode(m) v as k, val order by k;
-- A later LATERAL VIEW reads the columns of an earlier one.
select id, e, c from t lateral view explode(arr) v as e lateral view explode(split(concat(e, e), '')) w as c where e is not null;
-- WHERE and ORDER BY see the generated columns; qualified names work.
select t.id, v.pos, v.val from t lateral view posexplode(arr) v as pos, val where v.val = 'b' or t.id = 4 order by t.id desc;
-- Aggregates over the generated rows.
select count(*) as n, count(e) as non_null from t lateral view outer explode(arr) v as e;
-- On a subquery and on VALUES, in a join, and in a subquery.
select s.id, x from (select id, arr from t where id < 3) s lateral view explode(arr) v as x;
select id, n from values (1, 3), (2, 1) q(id, k) lateral view explode(sequence(1, k)) v as n;
select a.id, x, b.w from t a lateral view explode(a.arr) v as x join values ('a', 'A'), ('b', 'B') b(k, w) on x = b.k;
select max(x) as m from (select x from t lateral view explode(arr) v as x) s;
-- A table variable; the function's arguments may be any expression.
@tv := select id, arr from t where id = 1;
select id, up from @tv lateral view explode(transform(arr, s -> upper(s))) v as up;
-- LIMIT stops early.
select id, e from t lateral view explode(arr) v as e limit 1;
