-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/trunc-time
-- Returns 2025-06.
SELECT TRUNC_TIME(DATETIME '2025-06-10 14:20:30', 'month');
-- DATETIME and TIMESTAMP are first read in UTC: 2025-06-03 07:15:08 in
-- Asia/Shanghai is 2025-06-02 23:15:08 UTC, so day gives 2025-06-02.
SET odps.sql.timezone=Asia/Shanghai;
SELECT
TRUNC_TIME(DATETIME '2025-06-03 07:15:08','year') AS tc_year,
TRUNC_TIME(DATETIME '2025-06-03 07:15:08','month') AS tc_month,
TRUNC_TIME(DATETIME '2025-06-03 07:15:08','day') AS tc_date,
TRUNC_TIME(DATETIME '2025-06-03 07:15:08','hour') AS tc_hour;
SELECT
TRUNC_TIME(TIMESTAMP '2025-06-03 07:15:08.123','day') AS tc_date,
TRUNC_TIME(TIMESTAMP '2025-06-03 07:15:08.123','HOUR') AS tc_hour;
-- DATE and TIMESTAMP_NTZ have no time zone and are cut as they read.
SELECT
TRUNC_TIME(DATE '2025-06-03','YEAR') AS tc_year,
TRUNC_TIME(DATE '2025-06-03','day') AS tc_date,
TRUNC_TIME(TIMESTAMP_NTZ '2025-06-03 07:15:08','day') AS tc_ntz_date,
TRUNC_TIME(TIMESTAMP_NTZ '2025-06-03 07:15:08','hour') AS tc_ntz_hour;
-- A NULL date gives NULL.
SELECT TRUNC_TIME(CAST(NULL AS DATETIME), 'day');
-- In the 1.0 data type edition a yyyy-mm-dd hh:mi:ss STRING is a DATETIME.
SET odps.sql.type.system.odps2=false;
SELECT TRUNC_TIME('2025-07-21 00:00:00', 'day');

-- The Date functions overview page
-- (https://www.alibabacloud.com/help/en/maxcompute/user-guide/date-functions),
-- section TRUNC_TIME: its examples not already above.
set odps.sql.type.system.odps2=true;
-- DATE: returns 2025 2025-06 2025-06-10.
SELECT 
       TRUNC_TIME(date '2025-06-10','year' ),
       TRUNC_TIME(date '2025-06-10','month' ),
       TRUNC_TIME(date '2025-06-10','day' );
-- STRING, in the 1.0 data type edition: 2025-06-03 15:30:30 in Asia/Shanghai
-- is 07:30:30 UTC, so the result is 2025-06-03 07:00:00.
SET odps.sql.type.system.odps2=false;
SELECT TRUNC_TIME('2025-06-03 15:30:30','hour');
