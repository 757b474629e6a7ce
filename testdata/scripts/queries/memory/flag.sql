-- args: --memory-budget 1k
-- mcsql --memory-budget sets the budget of every statement of the run, as
-- SET odps.mcsql.memory.budget does; SET still changes it.
select k, s from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s) order by k;
