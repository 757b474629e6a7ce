-- Errors of SELECT written FROM first.
-- case: setup
create table t (a bigint, b string);
-- case: SELECT missing after FROM
from t where a > 1;
-- case: a clause after SELECT that belongs before it
from t select a where a > 1 group by a;
-- case: a multi-insert inside a query
select * from (from t insert into table t select a, b) x;
-- case: a multi-insert's SELECT with a FROM of its own
from t insert into table t select a, b from t;
