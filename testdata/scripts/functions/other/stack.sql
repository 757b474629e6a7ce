-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/stack
-- Split 1, 2, 3, 4, 5, 6 into three rows (the default names col0, col1): 1 2, 3 4, 5 6
select stack(3, 1, 2, 3, 4, 5, 6);
-- Split 'A',10,date '2015-01-01','B',20,date '2016-01-01' into two rows: A 10 2015-01-01, B 20 2016-01-01
select stack(2,'A',10,date '2015-01-01','B',20,date '2016-01-01') as (col0,col1,col2);
-- Split a, b, c, d into two rows, for each row of the source:
-- 1 2, 3 4, 5 6, 7 8, 9 10, 11 12, 13 14, 15 NULL
select stack(2,a,b,c,d) as (col,value)
from values
    (1,1,2,3,4),
    (2,5,6,7,8),
    (3,9,10,11,12),
    (4,13,14,15,null)
as t(key,a,b,c,d);
-- With LATERAL VIEW: A 10 2015-01-01, B 20 2016-01-01
select tf.* from (select 0) t lateral view stack(2,'A',10,date '2015-01-01','B',20, date '2016-01-01') tf as col0,col1,col2;
-- Each column has the common type of its values.
select stack(2, 1, 'x', 2.5, 'y') as (n, s);
-- One row per value when n is the number of values.
select stack(3, 'a', null, 'c') as (v);
-- In a LATERAL VIEW beside the table's columns: an unpivot.
select t.id, u.subject, u.score from values (1, 80, 90), (2, 70, 60) t(id, math, art)
  lateral view stack(2, 'math', math, 'art', art) u as subject, score;
