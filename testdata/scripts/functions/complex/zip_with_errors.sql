-- ZIP_WITH errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/zip-with
-- case: combiner with one parameter
select zip_with(array(1), array(2), x -> x);
-- case: no combiner
select zip_with(array(1), array(2));
