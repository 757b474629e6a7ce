-- args: --check
-- --check reports every MaxCompute script-mode violation, with positions, and runs nothing.
create table t (a bigint);
set odps.sql.type.system.odps2=true;
insert into t values (1);
drop table t;
select * from t;
select count(*) from t;
create table u as select * from t;
insert into u values (2);
