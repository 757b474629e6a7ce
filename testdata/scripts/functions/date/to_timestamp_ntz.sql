-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-timestamp-ntz
-- Overload 1: a TIMESTAMP (read in the session time zone) as read in time_zone.
SET odps.sql.timezone=Asia/Shanghai;
-- Returns 2025-04-08 08:10:30.123456789.
SELECT TO_TIMESTAMP_NTZ(TIMESTAMP '2025-04-08 16:10:30.123456789', "Etc/GMT");
-- Returns 2025-04-08 17:10:30.123456789.
SELECT TO_TIMESTAMP_NTZ(TIMESTAMP '2025-04-08 16:10:30.123456789', "Asia/Tokyo");
-- Returns 2025-04-08 16:10:30.123456789.
SELECT TO_TIMESTAMP_NTZ(TIMESTAMP '2025-04-08 16:10:30.123456789', "Asia/Shanghai");
-- Returns NULL.
SELECT TO_TIMESTAMP_NTZ(TIMESTAMP '2025-04-08 16:10:30.123456789', NULL);
-- Overload 2: a string read with a format. The page's own examples are not
-- readable in mcsql's copy of it; these use the documented format elements.
-- With no time zone the text is UTC: 2025-04-08 16:10:30.
SELECT TO_TIMESTAMP_NTZ('2025-04-08 16:10:30', '%Y-%m-%d %H:%M:%S');
-- The text's time zone turns it into UTC: 2025-04-08 08:10:30.
SELECT TO_TIMESTAMP_NTZ('2025-04-08 16:10:30', '%Y-%m-%d %H:%M:%S', 'Asia/Shanghai');
-- Letter elements and fractions: 2025-04-08 16:10:30.123 and 2025-04-08 16:10:30.123456.
SELECT TO_TIMESTAMP_NTZ('20250408 161030.123', 'yyyymmdd hhmiss.ff3'), TO_TIMESTAMP_NTZ('2025/04/08 16:10:30.123456', 'YYYY/MM/DD HH:MI:%E*S');
-- Month names, a day without its zero, a 12-hour clock: 2025-01-05 15:04:05.
SELECT TO_TIMESTAMP_NTZ('Jan 5 2025 3:04:05 PM', '%b %e %Y %I:%M:%S %p'), TO_TIMESTAMP_NTZ('5 January 25', '%d %B %y');
-- An offset in the text (%z) wins over the time zone argument: 2025-01-02 00:00:00.5.
SELECT TO_TIMESTAMP_NTZ('2025-01-02T08:00:00.5+08:00', '%Y-%m-%dT%H:%M:%E*S%z', 'Asia/Tokyo');
-- %F and %T stand for %Y-%m-%d and %H:%M:%S; unset fields default to 1970-01-01 00:00:00.
SELECT TO_TIMESTAMP_NTZ('2025-04-08T16:10:30', '%FT%T'), TO_TIMESTAMP_NTZ('16:10', '%H:%M');
-- Overload 3: MILLIS, MICROS or NANOS after 1970-01-01 00:00:00.
SELECT TO_TIMESTAMP_NTZ(1744128630123, 'MILLIS'), TO_TIMESTAMP_NTZ(1744128630123456, 'MICROS'),
       TO_TIMESTAMP_NTZ(1744128630123456789, 'NANOS'), TO_TIMESTAMP_NTZ(-1, 'millis');
-- NULL in the other arguments gives NULL.
SELECT TO_TIMESTAMP_NTZ(CAST(NULL AS STRING), '%Y'), TO_TIMESTAMP_NTZ('2025', NULL), TO_TIMESTAMP_NTZ('2025', '%Y', NULL),
       TO_TIMESTAMP_NTZ(CAST(NULL AS BIGINT), 'MILLIS');
