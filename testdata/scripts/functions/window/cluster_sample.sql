-- CLUSTER_SAMPLE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/cluster-sample
-- The pages' sample table emp (loaded there with tunnel upload emp.txt),
-- as INSERT ... VALUES of the same rows.
create table if not exists emp
   (empno bigint,
    ename string,
    job string,
    mgr bigint,
    hiredate datetime,
    sal bigint,
    comm bigint,
    deptno bigint);
insert into emp values
  (7369, 'SMITH', 'CLERK', 7902, datetime '1980-12-17 00:00:00', 800, null, 20),
  (7499, 'ALLEN', 'SALESMAN', 7698, datetime '1981-02-20 00:00:00', 1600, 300, 30),
  (7521, 'WARD', 'SALESMAN', 7698, datetime '1981-02-22 00:00:00', 1250, 500, 30),
  (7566, 'JONES', 'MANAGER', 7839, datetime '1981-04-02 00:00:00', 2975, null, 20),
  (7654, 'MARTIN', 'SALESMAN', 7698, datetime '1981-09-28 00:00:00', 1250, 1400, 30),
  (7698, 'BLAKE', 'MANAGER', 7839, datetime '1981-05-01 00:00:00', 2850, null, 30),
  (7782, 'CLARK', 'MANAGER', 7839, datetime '1981-06-09 00:00:00', 2450, null, 10),
  (7788, 'SCOTT', 'ANALYST', 7566, datetime '1987-04-19 00:00:00', 3000, null, 20),
  (7839, 'KING', 'PRESIDENT', null, datetime '1981-11-17 00:00:00', 5000, null, 10),
  (7844, 'TURNER', 'SALESMAN', 7698, datetime '1981-09-08 00:00:00', 1500, 0, 30),
  (7876, 'ADAMS', 'CLERK', 7788, datetime '1987-05-23 00:00:00', 1100, null, 20),
  (7900, 'JAMES', 'CLERK', 7698, datetime '1981-12-03 00:00:00', 950, null, 30),
  (7902, 'FORD', 'ANALYST', 7566, datetime '1981-12-03 00:00:00', 3000, null, 20),
  (7934, 'MILLER', 'CLERK', 7782, datetime '1982-01-23 00:00:00', 1300, null, 10),
  (7948, 'JACCKA', 'CLERK', 7782, datetime '1981-04-12 00:00:00', 5000, null, 10),
  (7956, 'WELAN', 'CLERK', 7649, datetime '1982-07-20 00:00:00', 2450, null, 10),
  (7956, 'TEBAGE', 'CLERK', 7748, datetime '1982-12-30 00:00:00', 1300, null, 10);
-- Sampling is random: the golden checks how many rows each partition
-- samples, not which. cluster_sample(n) takes n rows of each partition
-- (all of a smaller one); cluster_sample(n, m) takes the ratio m/n of them:
-- rows × m / n, rounded down (the page's formula; it does not say how a
-- fraction is rounded).
select deptno, sum(if(s, 1, 0)) as sampled, count(*) as total
from (select deptno, cluster_sample(2) over (partition by deptno) as s from emp) t
group by deptno order by deptno;
select deptno, sum(if(s, 1, 0)) as sampled, count(*) as total
from (select deptno, cluster_sample(2, 1) over (partition by deptno) as s from emp) t
group by deptno order by deptno;
select sum(if(s, 1, 0)) from (select cluster_sample(100) over () as s from emp) t;
-- The page's example form: cluster_sample(10, 1) samples 10% (here 1 of
-- 17 rows rounds down to 1); a NULL argument gives NULL.
select sum(if(s, 1, 0)) from (select cluster_sample(10, 1) over () as s from emp) t;
select cluster_sample(null) over () from emp where empno = 7369;
-- The page's example: cluster_sample(5, 1) keeps 20% of each department,
-- one row of each here (6 × 1 / 5, 5 × 1 / 5 and 6 × 1 / 5 rounded down);
-- which row is random, so the golden counts them.
select deptno, count(*) as sampled from (
  select deptno, sal from (select deptno, sal, cluster_sample(5, 1) over (partition by deptno) as flag from emp) sub
  where flag = true) s
group by deptno order by deptno;
-- (mcsql) The rows are drawn from the session's randomness: a run of the
-- golden tests, whose randomness is seeded, samples the same rows each
-- time (a normal run draws from crypto/rand).
select deptno, ename from (select deptno, ename, cluster_sample(2) over (partition by deptno) as flag from emp) s
where flag order by deptno, ename;
