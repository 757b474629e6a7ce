-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/time-add
-- TIME_ADD(BIGINT time, BIGINT delta, STRING date_part): time is microseconds since midnight.
-- Returns 5001234.
SELECT TIME_ADD(1234, 5, 'second');
-- Returns 1239.
SELECT TIME_ADD(1234, 5, 'ff6');
SET odps.sql.type.system.odps2 = true;
-- The page says 56680123456, which is 15:44:40.123456 (five minutes, not five
-- milliseconds, later); adding 5 ms to 15:39:40.123456 gives 56380128456, which
-- mcsql returns (TIME_SUB's page subtracts milliseconds the same way: 56379995000).
SELECT TIME_ADD(TO_TIME(TIMESTAMP_NTZ '2025-03-27 15:39:40.123456'), 5, 'ff3');
-- Returns 56385000000.
SELECT TIME_ADD(TO_TIME(15,39,40), 5, 'second');
-- Returns 74380000000.
SELECT TIME_ADD(TO_TIME(TIMESTAMP '2025-03-27 15:39:40'), 5, 'hh');
-- Formatted: 20:39:40.
SELECT FORMAT_TIME(TIME_ADD(TO_TIME(15,39,40), 5, 'hour'), '%H:%M:%S');
-- Every unit, upper or lower case.
SELECT TIME_ADD(0, 1, 'HOUR'), TIME_ADD(0, 1, 'minute'), TIME_ADD(0, 1, 'mi'), TIME_ADD(0, 1, 'SS'),
       TIME_ADD(0, 1, 'MILLIS'), TIME_ADD(0, 1, 'MICROS');
-- A negative delta subtracts; results wrap around midnight (mcsql, as the TIME type does).
SELECT TIME_ADD(TO_TIME(1,0,0), -2, 'hh'), TIME_ADD(TO_TIME(23,0,0), 2, 'hh');
-- NULL in any argument gives NULL.
SELECT TIME_ADD(NULL, 5, 'ss'), TIME_ADD(1234, NULL, 'ss'), TIME_ADD(1234, 5, NULL);
-- In the 1.0 data type edition STRING and DOUBLE arguments are converted to BIGINT.
SET odps.sql.type.system.odps2 = false;
SELECT TIME_ADD('1234', 5.7, 'ff6');
