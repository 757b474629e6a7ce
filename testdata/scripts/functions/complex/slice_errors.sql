-- SLICE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/slice
-- case: start 0
select slice(array(1, 2), 0, 1);
-- case: negative length
select slice(array(1, 2), 1, -1);
