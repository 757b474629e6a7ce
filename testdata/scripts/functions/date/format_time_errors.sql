-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/format-time
-- case: in the 2.0 data type edition time must be BIGINT
SELECT FORMAT_TIME('48273000000', '%H:%M:%S');
