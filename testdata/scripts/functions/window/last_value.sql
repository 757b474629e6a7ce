-- LAST_VALUE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/last-value
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
-- The page's examples: without ORDER BY the frame is the whole
-- department; with ORDER BY it ends at the current row (ROWS, the
-- default edition's frame), so the last value is the current salary.
select deptno, ename, sal, last_value(sal) over (partition by deptno) as last_value from emp;
select deptno, ename, sal, last_value(sal) over (partition by deptno order by sal desc) as last_value from emp;
-- The whole partition with an explicit frame; ignore_nulls.
select o, last_value(x) over (order by o rows between unbounded preceding and unbounded following) a,
  last_value(x, true) over (order by o rows between unbounded preceding and unbounded following) b
from values (1, 5), (2, 6), (3, null) t(o, x);
