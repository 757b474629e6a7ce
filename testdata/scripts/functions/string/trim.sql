-- TRIM: https://www.alibabacloud.com/help/en/maxcompute/user-guide/trim
-- Example 1: spaces on both sides. Documented: yxTxyomxx, three ways.
select trim(' yxTxyomxx ');
select trim(both from ' yxTxyomxx ');
select trim(from ' yxTxyomxx ');
-- Example 2: the characters x and y on both sides. Documented: Txyom, three ways.
select trim('yxTxyomxx', 'xy');
select trim(both 'xy' from 'yxTxyomxx');
select trim('xy' from 'yxTxyomxx');
-- Example 3: NULL. Documented: NULL, NULL.
select trim(null);
select trim('yxTxyomxx', null);
-- Numbers convert to STRING; only spaces are removed by default.
select trim(12), concat('[', trim('\t a \t'), ']');
