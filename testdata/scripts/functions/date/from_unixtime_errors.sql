-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/from-unixtime
-- case: past year 9999
select from_unixtime(1000000000000000);
-- case: a DOUBLE in the 2.0 edition (the page converts it in the 1.0 edition only)
select from_unixtime(123456789.7);
-- case: a format outside the Hive-compatible edition (the newest page, 2026-03: fmt is "valid only in Hive-compatible mode")
select from_unixtime(123456789, 'yyyy-MM-dd');
