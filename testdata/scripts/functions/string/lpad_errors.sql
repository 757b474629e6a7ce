-- LPAD errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/lpad
-- case: a length over the 8 MB string limit
SELECT lpad('a', 100000000, 'x');
-- case: two arguments
SELECT lpad('a', 3);
