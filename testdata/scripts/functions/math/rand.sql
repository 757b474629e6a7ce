-- RAND: https://www.alibabacloud.com/help/en/maxcompute/user-guide/rand
-- (the RAND section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- documented: 4.7147460303803655E-4. Without a seed MaxCompute seeds with
-- the instance ID; mcsql draws from the session's random source, which the
-- golden tests seed, so this value is mcsql's, not the page's.
select rand();
-- documented: 0.7308781907032909, java.util.Random(1)'s first double:
-- a seed fixes the sequence.
select rand(1);
-- One generator per call and statement: rows get the sequence's
-- successive numbers, the same in every run.
select rand(1) as r from values (1), (2), (3) as t(a);
select rand(42), rand(-7), rand(null);
