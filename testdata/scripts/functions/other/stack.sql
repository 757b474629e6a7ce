-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/stack
-- Example 1: col0 col1 col2, A 10 2015-01-01, B 20 2016-01-01
select stack(2,'A',10,date '2015-01-01','B',20,date '2016-01-01') as (col0,col1,col2);
-- Example 2 (the default names col0, col1, ...): 1 2, 3 4, 5 6
select stack(3, 1, 2, 3, 4, 5, 6);
-- Values that run out leave NULLs in the last row.
select stack(2, 1, 2, 3);
select stack(3, 'a');
-- Each column has the common type of its values.
select stack(2, 1, 'x', 2.5, 'y') as (n, s);
-- In a LATERAL VIEW: one row per column, an unpivot.
select t.id, u.subject, u.score from values (1, 80, 90), (2, 70, 60) t(id, math, art)
  lateral view stack(2, 'math', math, 'art', art) u as subject, score;
