-- args: --project myproj
-- USE and project-qualified names (issue 12 item 8). Each project keeps its
-- tables in its own warehouse file beside --project's: USE other switches
-- unqualified names to warehouse/other.db, and other.t reads it from any
-- project. A project's file is made by its first CREATE TABLE.
create table t (a bigint);
insert into myproj.t values (1);
select * from myproj.t;
create table other.t (b string);
insert into other.t values ('from other');
-- Unqualified names are still myproj's.
select * from t;
select * from other.t;
use other;
whoami;
show tables;
select * from t;
select a from myproj.t join other.t on true;
desc myproj.t;
use myproj;
select * from t;
