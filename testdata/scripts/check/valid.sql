-- args: --check
-- A script MaxCompute accepts: SET, then DDL, then DML, one printing SELECT.
set odps.sql.type.system.odps2=true;
create table if not exists t (a bigint, ks binary);
@ks := new_keyset('AES-GCM-256');
insert into t select 1, @ks;
select a, keyset_to_json(ks) from t;
