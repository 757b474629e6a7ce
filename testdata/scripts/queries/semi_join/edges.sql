-- LEFT SEMI / LEFT ANTI JOIN edge cases: NULL keys, empty sides,
-- duplicates, no ON, chaining, and the right table outside ON.
-- case: NULL keys never match: SEMI drops them, ANTI keeps them
select * from values (1), (null), (2) l(k) left semi join values (1), (null) r(k) on l.k = r.k;
select * from values (1), (null), (2) l(k) left anti join values (1), (null) r(k) on l.k = r.k;
-- case: an empty right side: SEMI returns nothing, ANTI everything
@r := select * from values (1) t(k) where k > 1;
select * from values (1), (2) l(k) left semi join @r on l.k = r.k;
select * from values (1), (2) l(k) left anti join @r on l.k = r.k;
-- case: duplicate left rows stay, duplicate right rows do not multiply
select * from values (1), (1), (2) l(k) left semi join values (1), (1), (1) r(k) on l.k = r.k;
-- case: no ON: SEMI keeps every left row when the right side has a row
select * from values (1), (2) l(k) left semi join values (9) r(k);
select * from values (1), (2) l(k) left anti join values (9) r(k);
-- case: chained after an inner join, then WHERE on the left columns
select a.k, b.v from values (1), (2), (3) a(k) join values (1, 'x'), (2, 'y'), (3, 'z') b(k, v) on a.k = b.k
left anti join values (2) c(k) on a.k = c.k where b.v <> 'z';
-- case: the right table outside ON
select b.k from values (1) a(k) left semi join values (1) b(k) on a.k = b.k;
-- case: SEMI after RIGHT is refused
select * from values (1) a(k) right semi join values (1) b(k) on a.k = b.k;
-- case: LEFT OUTER SEMI is refused
select * from values (1) a(k) left outer semi join values (1) b(k) on a.k = b.k;
