-- A script's table changes are kept only when the whole script succeeds.
-- case: create the table
create table t (id bigint, s string);
insert into t values (1, 'kept');
-- case: a failing script leaves no changes
insert into t values (2, 'lost');
insert overwrite table t values (3, 'lost too');
select unhex(s) from t;  -- fails when it runs, on a row: a compile error would run nothing
-- case: the table still has only the first row
select * from t;
-- case: errors name the table and column
insert into t values ('not a number', 'x');
-- case: table not found
select * from nope;
-- case: table exists
create table t (id bigint);
