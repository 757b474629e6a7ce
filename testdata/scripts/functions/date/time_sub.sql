-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/time-sub
-- Returns 1233995 (5 microseconds before 1,234,000 μs).
SELECT TIME_SUB(1234000, 5, 'MICROS');
-- Returns 1233995.
SELECT TIME_SUB(1234000, 5, 'ff6');
-- Returns 38380000000 (equivalent to 10:39:40).
SELECT TIME_SUB(TO_TIME('15:39:40','%H:%M:%S'), 5, 'hour');
SET odps.sql.type.system.odps2 = true;
-- Returns 56379995000.
SELECT TIME_SUB(TO_TIME(TIMESTAMP '2025-03-27 15:39:40'), 5, 'millis');
-- A negative delta adds. Returns 15:39:45.
SELECT FORMAT_TIME(TIME_SUB(TO_TIME(15,39,40), -5, 'second'), '%H:%M:%S');
-- Results wrap around midnight (mcsql): 00:30:00 minus one hour is 23:30:00.
SELECT FORMAT_TIME(TIME_SUB(TO_TIME(0,30,0), 1, 'hh'), '%H:%M:%S');
-- NULL in any argument gives NULL.
SELECT TIME_SUB(NULL, 5, 'ss'), TIME_SUB(1234, NULL, 'ss'), TIME_SUB(1234, 5, NULL);
