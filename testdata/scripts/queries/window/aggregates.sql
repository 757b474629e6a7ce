-- Aggregates with OVER, on the emp table of the aggregate functions' pages:
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/count
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/sum
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/avg
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/max
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/min
-- Each page's window examples: over (partition by deptno) the whole
-- department; over (partition by deptno order by sal) a running value.
-- The pages show both editions: with odps.sql.hive.compatible=false (the
-- default) the frame is ROWS up to the current row, so ties each get their
-- own value (SUM's page, department 10: 1300, 2600, 5050, 7500, 12500,
-- 17500; COUNT's: 1, 2, 3, 4, 5, 6); with odps.sql.hive.compatible=true it
-- is RANGE up to the current row's last tie (2600, 2600, 7500, 7500, 17500,
-- 17500; COUNT: 2, 2, 4, 4, 6, 6).
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
select deptno, sal, count(*) over (partition by deptno) as cnt,
  count(*) over (partition by deptno order by sal) as running_cnt from emp;
select deptno, sal, sum(sal) over (partition by deptno) as total,
  sum(sal) over (partition by deptno order by sal) as running_sum from emp;
select deptno, sal, avg(sal) over (partition by deptno) as avg_sal,
  avg(sal) over (partition by deptno order by sal) as running_avg from emp;
select deptno, sal, max(sal) over (partition by deptno) as max_sal,
  min(sal) over (partition by deptno order by sal desc) as running_min from emp;
-- COUNT(DISTINCT ...) over a window, and NULL commissions skipped.
select deptno, count(distinct sal) over (partition by deptno) as salaries,
  count(comm) over (partition by deptno) as with_comm, sum(comm) over (partition by deptno) as comm_total
from emp where deptno in (20, 30);
-- The same running values in the Hive-compatible edition: ties share.
set odps.sql.hive.compatible=true;
select deptno, sal, count(sal) over (partition by deptno order by sal) as running_cnt,
  sum(sal) over (partition by deptno order by sal) as running_sum,
  avg(sal) over (partition by deptno order by sal) as running_avg from emp;
-- An explicit frame is the same in both editions.
select deptno, sal, sum(sal) over (partition by deptno order by sal rows between unbounded preceding and current row) as rows_sum
from emp where deptno = 10;
set odps.sql.hive.compatible=false;
-- STDDEV (population), STDDEV_SAMP and MEDIAN over a window (their pages'
-- examples: STDDEV per department 1546.1421524412158, 1004.7387720198718,
-- 610.1001739241043; MEDIAN 2450.0, 2975.0, 1375.0).
select deptno, stddev(sal) over (partition by deptno) as sd,
  median(sal) over (partition by deptno) as med from emp;
select deptno, sal, stddev_samp(sal) over (partition by deptno order by sal) as sd_running from emp where deptno = 20;
-- COUNT's page: partitions by salary, without and with ORDER BY, in both
-- editions (documented: 1250 -> 2, 2 without ORDER BY; 1, 2 by default
-- with ORDER BY; 2, 2 in the Hive-compatible edition).
select sal, count(sal) over (partition by sal) as count from emp;
select sal, count(sal) over (partition by sal order by sal) as count from emp;
set odps.sql.hive.compatible=true;
select sal, count(sal) over (partition by sal order by sal) as count from emp;
set odps.sql.hive.compatible=false;
-- MAX and MIN pages: running values by salary (ties cannot change them).
select deptno, sal, max(sal) over (partition by deptno order by sal) as max_sal,
  min(sal) over (partition by deptno order by sal) as min_sal from emp where deptno = 30;
