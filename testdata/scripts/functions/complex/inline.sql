-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/inline
-- The page's example: col1 col2 col3, A 10 2015-01-01, B 20 2016-02-02
select inline(array(
    struct('A',10,date '2015-01-01'),
    struct('B',20,date '2016-02-02')));
-- The columns are named as the STRUCT fields; AS (...) renames them.
select inline(array(named_struct('id', 1, 'name', 'x'), named_struct('id', 2, 'name', 'y')));
select inline(array(struct(1, 'a'))) as (n, s);
-- A NULL STRUCT is a row of NULLs; a NULL or empty array gives no row.
select inline(array(named_struct('a', 1, 'b', 'x'), null)) as (a, b);
select inline(cast(null as array<struct<a:int>>)) as (a);
-- In a LATERAL VIEW.
select t.k, s.id, s.name from values ('k1', array(named_struct('id', 1, 'name', 'x'), named_struct('id', 2, 'name', 'y'))) t(k, arr) lateral view inline(arr) s as id, name;
