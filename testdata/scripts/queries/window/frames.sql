-- frame_clause of windowing_definition, modelled on the overview page's
-- frame examples (a table tbl(pid, oid, rid) with NULL oids, COLLECT_LIST of
-- rid showing which rows each frame holds):
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/window-functions-1
-- (zh: https://help.aliyun.com/zh/maxcompute/user-guide/window-functions-1).
-- Only the page's opening could be read here, not its result tables, so the
-- rows are from memory and the expected lists were checked by hand against
-- the frame definitions the page gives (ROWS counts rows, RANGE compares
-- ORDER BY values and NULLs are each other's peers, GROUPS counts peer
-- groups, EXCLUDE removes the current row, its peer group or its ties).
-- Among rows that tie on oid the order is not specified by MaxCompute;
-- mcsql keeps the input order.
create table if not exists tbl (pid bigint, oid bigint, rid bigint);
insert into tbl values (1, null, 1), (1, null, 2), (1, 1, 3), (1, 1, 4), (1, 2, 5), (1, 4, 6),
  (1, 7, 7), (1, 11, 8), (2, null, 9), (2, null, 10);
-- ROWS from the partition's start to the current row.
select pid, oid, rid, collect_list(rid) over (partition by pid order by oid
  rows between unbounded preceding and current row) as window from tbl;
-- ROWS around the current row.
select pid, oid, rid, collect_list(rid) over (partition by pid order by oid
  rows between 1 preceding and 2 following) as window from tbl;
-- RANGE: the current row's ties come along.
select pid, oid, rid, collect_list(rid) over (partition by pid order by oid
  range between unbounded preceding and current row) as window from tbl;
-- RANGE offsets: oid - 1 .. oid + 7; a NULL oid's frame is the NULL rows.
select pid, oid, rid, collect_list(rid) over (partition by pid order by oid
  range between 1 preceding and 7 following) as window from tbl;
-- GROUPS: the previous peer group and the current one.
select pid, oid, rid, collect_list(rid) over (partition by pid order by oid
  groups between 1 preceding and current row) as window from tbl;
-- EXCLUDE CURRENT ROW (the first row's frame is empty), GROUP and TIES.
select pid, oid, rid, collect_list(rid) over (partition by pid order by oid
  rows between unbounded preceding and current row exclude current row) as window from tbl;
select pid, oid, rid, collect_list(rid) over (partition by pid order by oid
  range between unbounded preceding and unbounded following exclude group) as window from tbl;
select pid, oid, rid, collect_list(rid) over (partition by pid order by oid
  range between unbounded preceding and unbounded following exclude ties) as window from tbl;
-- No frame clause: with ORDER BY the default is ROWS up to the current row
-- (each tie gets its own list), in the Hive-compatible edition RANGE (ties
-- share the list); without ORDER BY the whole partition.
select pid, oid, rid, collect_list(rid) over (partition by pid order by oid) as window from tbl;
set odps.sql.hive.compatible=true;
select pid, oid, rid, collect_list(rid) over (partition by pid order by oid) as window from tbl;
set odps.sql.hive.compatible=false;
select pid, rid, size(collect_list(rid) over (partition by pid)) as n from tbl;
