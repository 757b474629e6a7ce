-- Aggregates that keep their inputs (COLLECT_LIST, COLLECT_SET, WM_CONCAT,
-- MAP_AGG, MULTIMAP_AGG) charge what they keep to the memory budget (see
-- budget.sql), so collecting more than it into one group fails clearly
-- instead of exhausting the process's memory. WM_CONCAT also stops at
-- MaxCompute's 8 MB STRING limit
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-v2-0-data-type-edition,
-- "STRING ... The maximum length is 8 MB").
-- Each case keeps three strings of 400 characters under a 1 KiB budget.
-- case: COLLECT_LIST
set odps.mcsql.memory.budget=1k;
select size(collect_list(s)) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: COLLECT_LIST under a larger budget
set odps.mcsql.memory.budget=1m;
select size(collect_list(s)) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: COLLECT_SET
set odps.mcsql.memory.budget=1k;
select size(collect_set(s)) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: WM_CONCAT
set odps.mcsql.memory.budget=1k;
select length(wm_concat(',', s)) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: MAP_AGG
set odps.mcsql.memory.budget=1k;
select size(map_agg(k, s)) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: MULTIMAP_AGG
set odps.mcsql.memory.budget=1k;
select size(multimap_agg(1, s)) from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: WM_CONCAT past the 8 MB STRING limit
select length(wm_concat(',', s)) from (select repeat('x', 1000000) s from (select explode(sequence(1, 9)) as x) t) u;
-- case: WM_CONCAT just under the limit
select length(wm_concat(',', s)) from (select repeat('x', 1000000) s from (select explode(sequence(1, 8)) as x) t) u;
-- case: a window recomputing an array per row (a sliding frame) charges each
set odps.mcsql.memory.budget=4k;
select k, size(collect_list(s) over (order by k rows between 1 preceding and 1 following)) n from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
-- case: the same window under a larger budget
set odps.mcsql.memory.budget=16k;
select k, size(collect_list(s) over (order by k rows between 1 preceding and 1 following)) n from values (1, repeat('a', 400)), (2, repeat('b', 400)), (3, repeat('c', 400)) t(k, s);
