-- NVL: https://www.alibabacloud.com/help/en/maxcompute/user-guide/other-functions (NVL section)
create table nvl_test(c1 string, c2 bigint, c3 datetime);
insert into nvl_test values (null, 20, datetime'2017-11-13 05:00:00'), ('ddd', 25, null),
  ('bbb', null, datetime'2017-11-12 08:00:00'), ('aaa', 23, datetime'2017-11-11 00:00:00');
-- The page's example: NULL in c1 becomes 00000, in c2 0, in c3 '-' (c3 is read as STRING).
select nvl(c1,'00000'),nvl(c2,0),nvl(c3,'-') from nvl_test;
select nvl(null, null), nvl('a', 'b');
