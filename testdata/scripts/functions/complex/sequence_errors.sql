-- SEQUENCE errors: https://www.alibabacloud.com/help/en/maxcompute/sequence-1
-- case: start below stop with a negative step
SELECT sequence(1, 5, -1);
-- case: start above stop with a positive step
SELECT sequence(5, 1, 1);
-- case: step 0
SELECT sequence(1, 5, 0);
-- case: more than 10000 elements
SELECT sequence(1, 10001);
-- case: strings
SELECT sequence('a', 'b');
-- case: a date step (INTERVAL steps are not supported)
SELECT sequence(date '2018-01-01', date '2018-03-01', 1);
