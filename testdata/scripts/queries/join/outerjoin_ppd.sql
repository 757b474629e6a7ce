-- The JOIN page's odps.task.sql.outerjoin.ppd note:
-- https://help.aliyun.com/zh/maxcompute/user-guide/join
-- "当参数值为FALSE时，会把写在ON中的非关联条件当作关联对应子查询中的WHERE条件，
-- 这是一个非标准的行为" — with the flag false, the two statements below are
-- equivalent; with it true they are not. The page does not say which is the
-- default: mcsql keeps the standard behavior until the flag is set to false.
-- The page's tables A and B are placeholders; these rows are made up.
create table A (c1 bigint, c2 string);
create table B (c1 bigint, v string);
insert into A values (1, 'xxx'), (2, 'yyy'), (3, 'xxx');
insert into B values (1, 'b1'), (2, 'b2');

-- Standard: every row of A stays; only 1 xxx meets B (2 yyy fails A.c2 = 'xxx').
SELECT A.*, B.* FROM A LEFT JOIN B ON A.c1 = B.c1 and A.c2='xxx';
SELECT A.*, B.* FROM (SELECT * FROM A WHERE c2='xxx') A LEFT JOIN B ON A.c1 = B.c1;

set odps.task.sql.outerjoin.ppd=false;
-- Now the first is the second: 1 xxx 1 b1, 3 xxx NULL NULL.
SELECT A.*, B.* FROM A LEFT JOIN B ON A.c1 = B.c1 and A.c2='xxx';
SELECT A.*, B.* FROM (SELECT * FROM A WHERE c2='xxx') A LEFT JOIN B ON A.c1 = B.c1;
-- A condition on the side that is not preserved filters it either way.
SELECT A.*, B.* FROM A LEFT JOIN B ON A.c1 = B.c1 and B.v = 'b2';
-- RIGHT and FULL JOIN: the preserved sides' conditions filter them first:
-- 1 xxx 1 b1; then 1 xxx 1 b1 and 3 xxx NULL NULL (B's 2 b2 fails B.v = 'b1').
SELECT A.*, B.* FROM A RIGHT JOIN B ON A.c1 = B.c1 and B.v = 'b1';
SELECT A.*, B.* FROM A FULL JOIN B ON A.c1 = B.c1 and B.v = 'b1' and A.c2 = 'xxx';
-- INNER JOIN is the same under either setting: 1 xxx 1 b1.
SELECT A.*, B.* FROM A JOIN B ON A.c1 = B.c1 and A.c2 = 'xxx';
set odps.task.sql.outerjoin.ppd=true;
SELECT A.*, B.* FROM A LEFT JOIN B ON A.c1 = B.c1 and A.c2='xxx';
