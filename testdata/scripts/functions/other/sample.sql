-- SAMPLE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sample
-- The page samples tbla without showing its data or results. With a column, a row is kept when
-- the hash of its values (HASH's) falls in portion y of x; mcsql's hash of 1..8 modulo 4 is 1, 2,
-- 3, 0, ..., so portion 1 (remainder 0) holds 4 and 8. Without columns the portion is random
-- (seeded in the golden runs), as are rows whose columns are all NULL.
create table tbla(cola bigint);
insert into tbla values (1), (2), (3), (4), (5), (6), (7), (8), (null);
-- The values in cola fall into four portions by hash, and the first is used.
select * from tbla where sample (4, 1 , cola);
-- Each row is hashed at random to one of four portions, and the second is used.
select count(*) <= 9 from tbla where sample (4, 2);
-- y defaults to 1; sample(1) keeps every row; a NULL x gives NULL, which keeps nothing.
select count(*) from tbla where sample(1);
select count(*) from tbla where sample(null, 1, cola);
-- Strings hash like HASH's strings.
select v, sample(2, 1, v) from values ('a'), ('b'), ('c') t(v);
-- The newest page's table mf_sample. sample(2,1) keeps a random half (the page shows ids 3 and 1;
-- mcsql's seeded randomness picks its own); sample(2,1,id) keeps the ids whose hash is even.
create table mf_sample(id bigint, col1 string, col2 string, col3 string, col4 string);
insert into mf_sample values (3,'eee','rrr','tttt','ggggg'), (4,'yyy','uuuu','iiiii','ccccccc'),
  (1,'"abc"','"bcd"','"rthg"','"ahgjeog"'), (2,'"a1bc"','"bc1d"','"rt1hg"','"ahgjeog"');
select * from mf_sample where sample(2,1);
select * from mf_sample where sample(2,1,id);
select * from mf_sample where sample(2,2,id,col1);
