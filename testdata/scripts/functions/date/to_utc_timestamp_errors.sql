-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-utc-timestamp
-- case: a NULL timestamp is an error, as for FROM_UTC_TIMESTAMP
SELECT TO_UTC_TIMESTAMP(NULL, 'Asia/Shanghai');
-- case: an unknown time zone
SELECT TO_UTC_TIMESTAMP('2025-03-05 15:30:15', 'Nowhere');
