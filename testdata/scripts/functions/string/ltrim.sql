-- LTRIM: https://www.alibabacloud.com/help/en/maxcompute/user-guide/ltrim
-- Example 1: the left space only. Documented: "yxTxyomxx " (the right space stays).
select concat('[', ltrim(' yxTxyomxx '), ']');
select concat('[', trim(leading from ' yxTxyomxx '), ']');
-- Example 2: x and y on the left. Documented: Txyomxx.
select ltrim('yxTxyomxx', 'xy');
select trim(leading 'xy' from 'yxTxyomxx');
-- Example 3: NULL. Documented: NULL, NULL.
select ltrim(null);
select ltrim('yxTxyomxx', null);
