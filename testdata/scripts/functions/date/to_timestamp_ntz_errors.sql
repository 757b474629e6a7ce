-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-timestamp-ntz
-- case: a NULL TIMESTAMP is an error (the page says so)
SELECT TO_TIMESTAMP_NTZ(CAST(NULL AS TIMESTAMP), 'UTC');
-- case: an unknown time zone
SELECT TO_TIMESTAMP_NTZ(TIMESTAMP '2025-04-08 16:10:30', 'Mars/Olympus');
-- case: text that does not match its format (undocumented; mcsql reports it)
SELECT TO_TIMESTAMP_NTZ('2025-04-08', '%Y/%m/%d');
-- case: an impossible date
SELECT TO_TIMESTAMP_NTZ('2025-02-30', '%Y-%m-%d');
-- case: an unknown date_part
SELECT TO_TIMESTAMP_NTZ(1744128630, 'SECONDS');
-- case: a result outside years 0001-9999
SELECT TO_TIMESTAMP_NTZ(9223372036854775807, 'MILLIS');
