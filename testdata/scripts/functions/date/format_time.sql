-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/format-time
-- Returns 13:24:33.000.
SELECT FORMAT_TIME(48273000000, '%H:%M:%S.ff3');
-- Text around the elements is copied. Returns 时间是24:33毫秒部分为000.
SELECT FORMAT_TIME(48273000000,"时间是%M:%S毫秒部分为ff3");
-- Returns only show 13:24.
SELECT FORMAT_TIME(48273000000,"only show hh:mi");
-- With TO_TIME. Returns 15:03:01.
SELECT FORMAT_TIME(TO_TIME('15:03:01', 'hh:mi:ss'), '%H:%M:ss');
-- Fractional seconds: %E3S gives 33.123, %E*S 33.123456, %E0S 33.
SELECT FORMAT_TIME(48273123456, '%E3S'), FORMAT_TIME(48273123456, '%E*S'), FORMAT_TIME(48273123456, '%E0S'),
       FORMAT_TIME(48273123456, 'HH:MI:SS'), FORMAT_TIME(48273123456, '%% %Q');
-- NULL in any argument gives NULL.
SELECT FORMAT_TIME(NULL, '%H:%M:%S.ff3');
SELECT FORMAT_TIME(48273000000, NULL);
-- In the 1.0 data type edition a STRING time is converted to BIGINT.
SET odps.sql.type.system.odps2 = false;
SELECT FORMAT_TIME('48273000000', '%H:%M:%S');
