-- The SUBQUERY page's multi-column forms ("兼容PostgreSQL支持多列的需求"):
-- https://help.aliyun.com/zh/maxcompute/user-guide/subqueries
-- IN / NOT IN SUBQUERY format 3 — a row (c, d) against a subquery of
-- several columns, one with aggregates, or a list of constant rows — and
-- SCALAR SUBQUERY of several columns, which the page allows only with
-- equality: as select items named with AS (a, b), as a BOOLEAN select
-- item, and in WHERE. The statements and rows follow the page as a
-- reader's public script reproduces them (under other table names; here
-- t1/t2 and ts/t). That copy does not show the results, so each result
-- below was checked by hand against the rules the page states (row
-- equality: equal when every pair is; no row from the subquery gives NULL).
create table if not exists t1(a bigint,b bigint,c bigint,d bigint,e bigint);
create table if not exists t2(a bigint,b bigint,c bigint,d bigint,e bigint);
insert into table t1 values (1,3,2,1,1),(2,2,1,3,1),(3,1,1,1,1),(2,1,1,0,1),(1,1,1,0,1);
insert into table t2 values (1,3,5,0,1),(2,2,3,1,1),(3,1,1,0,1),(2,1,1,0,1),(1,1,1,0,1);

-- The subquery's (a, b) are (1,3) (2,2) (3,1) (2,1) (1,1); t1's (c, d)
-- (2,1) (1,3) (1,1) match: 1 3, 2 2, 3 1.
select a, b from t1 where (c, d) in (select a, b from t2 where e = t1.e);
-- With aggregates the subquery gives (1,3) (2,2) (3,1): only (1,3) is a
-- (c, d) of t1: 2 2.
select a, b from t1 where (c, d) in (select max(a), b from t2 where e = t1.e group by b having max(a) > 0);
-- Constant rows: 2 2, 3 1.
select a, b from t1 where (c, d) in ((1, 3), (1, 1));
-- NOT IN, the same three: 2 1, 1 1; all but 2 2 (1 3, 3 1, 2 1, 1 1); 1 3, 2 1, 1 1.
select a, b from t1 where (c, d) not in (select a, b from t2 where e = t1.e);
select a, b from t1 where (c, d) not in (select max(a), b from t2 where e = t1.e group by b having max(a) > 0);
select a, b from t1 where (c, d) not in ((1, 3), (1, 1));
-- A scalar subquery compared with a constant: no a of t1 occurs 3 times in t2.
select * from t1 where (select count(*) from t2 where t1.a = t2.a) = 3;

create table if not exists ts(a bigint,b bigint,c double);
create table if not exists t(a bigint,b bigint,c double);
insert into table ts values (1,3,4.0),(1,3,3.0);
insert into table t values (1,3,4.0),(1,3,5.0);
-- Scenario 1, select items: the row of t with ts's c, or NULLs (no row of
-- t has c = 3.0). The third column repeats the name a, printed as a2.
select (select a, b from t where c = ts.c) as (a, b), a from ts;
-- Scenario 2, a BOOLEAN select item: true for c = 4.0; NULL for c = 5.0,
-- which no row of ts has.
select (a, b) = (select a, b from ts where c = t.c) from t;
-- Scenario 3, in WHERE: 1 3 4.0 with AND; both rows with OR.
select * from t where c > 3.0 and (a, b) = (select a, b from ts where c = t.c);
select * from t where c > 3.0 or (a, b) = (select a, b from ts where c = t.c);
