-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/time-diff
-- Returns 1106600.
SELECT TIME_DIFF(1230000, 123400, 'ff6');
-- Returns -20000.
SELECT TIME_DIFF(TO_TIME(15,39,10), TO_TIME(15,39,30), 'ff3');
SET odps.sql.type.system.odps2 = true;
-- Returns 10.
SELECT TIME_DIFF(
TO_TIME(TIMESTAMP '2025-03-27 15:39:40'),
TO_TIME(TIMESTAMP '2025-03-27 15:39:30'),
'second'
);
-- 09:39:30 to 12:14:10 is 2h 34m 40s, truncated: 2 hours, 154 minutes, 9280 seconds.
SELECT TIME_DIFF(TO_TIME(12,14,10), TO_TIME(09,39,30), 'hour');
SELECT TIME_DIFF(TO_TIME(12,14,10), TO_TIME(09,39,30), 'minute');
SELECT TIME_DIFF(TO_TIME(12,14,10), TO_TIME(09,39,30), 'second');
-- Negative differences truncate toward zero too: -2.
SELECT TIME_DIFF(TO_TIME(09,39,30), TO_TIME(12,14,10), 'HH');
-- NULL in any argument gives NULL.
SELECT TIME_DIFF(NULL, 1, 'ss'), TIME_DIFF(1, NULL, 'ss'), TIME_DIFF(1, 1, NULL);
