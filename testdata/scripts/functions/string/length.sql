-- LENGTH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/length
-- Example 1. Documented: 15.
select length('Tech on the net');
-- Example 2. Documented: NULL.
select length(null);
-- Characters, not bytes; text that is not UTF-8 gives -1, as the page says.
select length('中文'), length(''), length(cast(unhex('ff') as string));
-- BIGINT, DOUBLE, DECIMAL and DATETIME convert to STRING.
select length(12345), length(1.5), length(1.25BD), length(datetime'2024-01-02 03:04:05');
