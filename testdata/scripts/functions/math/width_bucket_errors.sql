-- WIDTH_BUCKET: https://www.alibabacloud.com/help/en/maxcompute/user-guide/width-bucket
-- (the WIDTH_BUCKET section of https://www.alibabacloud.com/help/en/maxcompute/user-guide/mathematical-functions)
-- "The maximum value must be greater than the minimum value." "The value must be greater than 0."
-- case: max_value not above min_value
select width_bucket(5, 10, 10, 2);
-- case: no buckets
select width_bucket(5, 0, 10, 0);
-- case: a STRING expr
select width_bucket('5', 0, 10, 2);
-- case: a BIGINT num_buckets
select width_bucket(5, 0, 10, 2L);
