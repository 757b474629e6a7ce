-- args: --check
-- --check compiles the script as a run would before running it, and
-- reports every compile error with the script-mode violations, by
-- position. The tables of a warehouse that does not exist are unknown,
-- not missing: `from sales` is no error here.
set odps.sql.type.system.odps2=true;
create table t (a bigint, s string);
@n := select count(*) as c from sales;
select nosuch(a) from t;
@x := select a from t;
select b from @x;
set odps.sql.validate.orderby.limit=false;
select c from @n;
if (1 = 1) begin select a from t; end else begin select s + array(1) from t; end
