-- IF: https://www.alibabacloud.com/help/en/maxcompute/user-guide/if (newest page, Dec 2025)
-- Example 1: 200, then 'active'
SELECT IF(1=2, 100, 200);
SELECT IF(LENGTH('abc') > 2, 'active', 'inactive');
-- Example 2: a NULL condition counts as FALSE: 'valueB', then NULL
SELECT IF(NULL, 'valueA', 'valueB');
SELECT IF(FALSE, 42, NULL);
-- Results meet at a common type: INT and DOUBLE give DOUBLE; a STRING makes both STRING.
select if(true, 1, 2.5), if(false, 1, 'x'), if(1 = 2, 'yes', null);
-- Only the branch the condition selects is evaluated (as with CASE WHEN).
select x, if(x > 0, 'positive', if(failif(x > 0, 'never evaluated'), 'not positive', 'unreachable')) from values (1), (-1) t(x);
-- An older version of the page reads a one-row table dual (MaxCompute has no built-in DUAL, so
-- the examples create one): 200.
create table dual(id bigint);
insert into dual values (1);
select if(1=2,100,200) from dual;
-- With constant arguments too: the branch not taken is not evaluated, even when the call is
-- computed at compile time: 1, then 'b'.
select if(true, 1, if(failif(true, 'never evaluated'), 2, 3)), if(1 = 2, if(failif(true, 'never evaluated'), 'a', 'c'), 'b');
