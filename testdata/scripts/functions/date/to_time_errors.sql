-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-time
-- The page documents no result for malformed input; mcsql reports an error
-- that says what did not match.
-- case: every element of the value needs its format element
SELECT TO_TIME('15:20:23', 'hh:mi');
-- case: a field out of its clock range
SELECT TO_TIME('24:00:00', '%H:%M:%S');
-- case: an unknown format element
SELECT TO_TIME('15:20:23', '%H:%M:%Q');
-- case: hour, minute and second are checked
SELECT TO_TIME(15, 60, 0);
-- case: an unknown time zone
SELECT TO_TIME(TIMESTAMP '2019-09-01 15:30:01', 'Mars/Olympus');
-- case: DATETIME is not a TO_TIME argument
SELECT TO_TIME(DATETIME '2019-09-01 15:30:01');
