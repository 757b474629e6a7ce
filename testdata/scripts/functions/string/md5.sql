-- MD5: https://www.alibabacloud.com/help/en/maxcompute/user-guide/md5
-- Example 1. Documented: ddc4c4796880633333d77a60fcda9af6.
select md5('Tech on the net');
-- Example 2. Documented: NULL.
select md5(null);
-- Numbers convert to STRING; BINARY is hashed as bytes.
select md5(123), md5(cast('Tech on the net' as binary));
