-- args: --memory-budget 1k
-- SET odps.mcsql.memory.budget overrides --memory-budget.
set odps.mcsql.memory.budget=1m;
select k, length(s) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s) order by k;
