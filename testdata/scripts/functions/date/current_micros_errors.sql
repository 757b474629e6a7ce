-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/current-micros
-- case: an unknown time zone
SELECT CURRENT_MICROS('Nowhere/City');
