-- INLINE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/inline
-- case: an array of numbers
select inline(array(1, 2));
-- case: a STRUCT, not an array of them
select inline(struct(1, 2));
-- case: wrong number of names
select inline(array(struct(1, 2))) as (a);
