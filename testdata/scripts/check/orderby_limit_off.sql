-- args: --check
-- With odps.sql.validate.orderby.limit=false, ORDER BY without LIMIT passes.
set odps.sql.validate.orderby.limit=false;
@a := select k from values (2), (1) t(k) order by k;
select k from @a order by k;
