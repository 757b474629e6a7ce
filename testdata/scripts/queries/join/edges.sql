-- JOIN edge cases: NATURAL and USING, NULL keys, empty sides, duplicates,
-- names shown twice, and errors.
-- case: USING shows the join columns once, first; a FULL JOIN takes the one that is not NULL
@l := select * from values (1, 'a'), (2, 'b'), (null, 'n') l(k, lv);
@r := select * from values (2, 'x'), (3, 'y'), (null, 'm') r(k, rv);
select * from @l join @r using (k);
select * from @l left join @r using (k);
select * from @l right join @r using (k);
select * from @l full outer join @r using (k);
-- case: NATURAL JOIN with no common column is a cartesian product; NATURAL LEFT JOIN keeps the left rows
select * from values (1) a(x) natural join values (2), (3) b(y);
select * from values (1, 'p'), (2, 'q') a(k, x) natural left outer join values (2, 'z') b(k, y);
-- case: join keys of different types compare as MaxCompute compares them
select * from values (1, 'i') a(k, x) join values ('1', 's'), ('1.0', 't') b(k, y) using (k);
select * from values (1) a(k) join values ('1') b(k) on a.k = b.k;
-- case: NULL keys never match; duplicates multiply
select * from values (1), (1), (null) a(k) join values (1), (1), (null) b(k) on a.k = b.k;
-- case: an empty side
@e := select * from values (1) e(k) where k > 1;
select * from values (1), (2) a(k) left join @e on a.k = e.k;
select * from values (1), (2) a(k) join @e on a.k = e.k;
-- case: the same name twice in the select list
select a.k, b.k, a.k from values (1) a(k) join values (1) b(k) on a.k = b.k;
-- case: USING a column one side lacks
select * from values (1) a(k) join values (1) b(j) using (k);
-- case: NATURAL with ON
select * from values (1) a(k) natural join values (1) b(k) on a.k = b.k;
-- case: USING after a comma
select * from values (1) a(k), values (1) b(k) using (k);
-- case: an ambiguous column
select k from values (1) a(k) join values (1) b(k) on a.k = b.k;
-- case: joins in parentheses take no alias
select * from values (1) a(k) join (@b cross join @c) x on a.k = 1;
-- case: joins in parentheses
@b := select * from values (1, 2) b(k, v);
@c := select * from values (2, 'z') c(v, w);
select * from values (1), (5) a(k) left join (@b join @c on b.v = c.v) on a.k = b.k;
