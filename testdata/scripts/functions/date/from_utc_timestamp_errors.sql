-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/from-utc-timestamp
-- case: a NULL timestamp is an error (the page says so)
SELECT FROM_UTC_TIMESTAMP(NULL, 'Asia/Shanghai');
-- case: BOOLEAN is not accepted
SELECT FROM_UTC_TIMESTAMP(true, 'Asia/Shanghai');
-- case: an unknown time zone
SELECT FROM_UTC_TIMESTAMP(0, 'Mars/Olympus');
