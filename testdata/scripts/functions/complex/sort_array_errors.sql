-- SORT_ARRAY errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/sort-array
-- case: isasc not BOOLEAN
select sort_array(array(1, 2), 'asc');
-- case: not an array
select sort_array(1);
