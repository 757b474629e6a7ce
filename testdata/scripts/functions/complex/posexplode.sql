-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/posexplode
-- The page's example: pos val, 0 a, 1 c, 2 f, 3 b
select posexplode(array('a','c','f','b'));
-- Positions count from 0; NULL elements are rows; a NULL array gives none.
select posexplode(array(1, null, 3)) as (p, v);
select posexplode(cast(null as array<string>)) as (p, v);
select posexplode(array()) as (p, v);
-- In a LATERAL VIEW, beside the other columns.
select t.id, e.pos, e.val from values (1, array('x', 'y')), (2, array('z')) t(id, a) lateral view posexplode(a) e as pos, val;
