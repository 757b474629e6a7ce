-- CORR: examples of https://www.alibabacloud.com/help/en/maxcompute/user-guide/aggregate-functions
-- Each example is followed by the result the page documents. GROUP BY
-- prints groups in the order they first appear (the page's rows are sorted).
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
-- The page's example reads the math functions' sample table mf_math_fun_t
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions).
create table if not exists mf_math_fun_t(
     int_data     int,
     bigint_data  bigint,
     double_data  double,
     decimal_data decimal,
     float_data   float,
     string_data  string
    );
insert into mf_math_fun_t values
(null, -10, 0.525, 0.525BD, cast(0.525 as float), '10'),
(-20, null, -0.1, -0.1BD, cast(-0.1 as float), '-10'),
(0, -1, null, 20.45BD, cast(-1 as float), '30'),
(-40, 4, 0.89, null, cast(0.89 as float), '-30'),
(5, -50, -1, -1BD, null, '50'),
(-60, 6, 1.5, 1.5BD, cast(1.5 as float), '-50'),
(-1, -70, -7.5, -7.5BD, cast(-7.5 as float),null ),
(-80, 1, -10.2, -10.2BD, cast(-10.2 as float), '-1' ),
(9, -90, 2.58, 2.58BD, cast(2.58 as float), '0'),
(-100, 10, -5.8, -5.8BD, cast(-5.8 as float), '-90');
select corr(double_data,float_data) from mf_math_fun_t;
-- documented: 1.0. mcsql prints 0.9999999999999999: float_data holds the
-- FLOAT (float32) roundings of double_data, so the columns are not exactly
-- proportional; Hive's formula (covar / sqrt(xvar) / sqrt(yvar)), which
-- mcsql uses, and the textbook ones all give 0.99999999999999xx here.
select corr(sal, comm) from emp;
select corr(x, y) from values (1, 2) t(x, y);
