-- args: --check
-- --check reports every ORDER BY without LIMIT, however deep: MaxCompute's
-- odps.sql.validate.orderby.limit is true unless the script sets it false
-- (the SELECT syntax page); mcsql itself runs them.
@a := select k from values (2), (1) t(k) order by k;
@b := with c as (select k from @a order by k) select * from c order by k limit 1;
insert into t select * from (select k from @a order by k desc) s where k in (select k from @a order by k);
@d := select (select max(k) from @a order by 1) as m from @a union all select 1 order by m;
select k from @a order by k limit 10;
