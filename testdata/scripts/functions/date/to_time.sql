-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-time
-- Signature 1, a string read with a format. Returns 48273000000.
SELECT TO_TIME('13:24:33', '%H:%M:%S');
-- Signature 2, hour, minute and second. Returns 55800000000.
SELECT TO_TIME(15, 30, 0);
-- Signature 3, the time of a TIMESTAMP in the session time zone. Returns 55801123000.
SELECT TO_TIME(TIMESTAMP '2019-09-01 15:30:01.123');
-- Signature 4, the time of a TIMESTAMP_NTZ. Returns 55801123456.
SELECT TO_TIME(TIMESTAMP_NTZ '2025-09-01 15:30:01.123456');
-- The format elements: hh|HH|%H, mi|MI|%M, ss|SS|%S, ff3, %E<n>S, %E*S.
SELECT TO_TIME('15:20:23', 'hh:mi:ss'), TO_TIME('15:20:23', 'HH:MI:SS'), TO_TIME('15:20', 'hh:mi');
SELECT TO_TIME('15:20:23.123456', '%H:%M:%E6S'), TO_TIME('15:20:23.123456', '%H:%M:%E*S'),
       TO_TIME('15:20:23.123', '%H:%M:%E3S'), TO_TIME('15:31:38.776', 'HH:MI:SS.ff3');
-- Signature 3 with a time zone: 15:30:01.123 in Shanghai is 07:30:01.123 UTC and 16:30:01.123 in Tokyo.
SELECT TO_TIME(TIMESTAMP '2019-09-01 15:30:01.123', 'UTC'), TO_TIME(TIMESTAMP '2019-09-01 15:30:01.123', 'Asia/Tokyo');
-- The date and the nanoseconds are dropped.
SELECT TO_TIME(TIMESTAMP '2019-09-01 15:30:01.123456789');
-- NULL in any argument gives NULL.
SELECT TO_TIME(NULL, '%H'), TO_TIME('13', NULL), TO_TIME(NULL, 0, 0), TO_TIME(CAST(NULL AS TIMESTAMP)),
       TO_TIME(TIMESTAMP '2019-09-01 15:30:01', NULL), TO_TIME(CAST(NULL AS TIMESTAMP_NTZ));
