-- RTRIM: https://www.alibabacloud.com/help/en/maxcompute/user-guide/rtrim
-- Example 1: the right space only. Documented: " yxTxyomxx" (the left space stays).
select concat('[', rtrim(' yxTxyomxx '), ']');
select concat('[', trim(trailing from ' yxTxyomxx '), ']');
-- Example 2: x and y on the right. Documented: yxTxyom.
select rtrim('yxTxyomxx', 'xy');
select trim(trailing 'xy' from 'yxTxyomxx');
-- Example 3: NULL. Documented: NULL, NULL.
select rtrim(null);
select rtrim('yxTxyomxx', null);
-- trimChars converts from numbers too.
select rtrim(12300, 0);
