-- ARRAYS_ZIP errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/arrays-zip
-- case: one array (a and b are required)
select arrays_zip(array(1));
-- case: not an array
select arrays_zip(array(1), 2);
