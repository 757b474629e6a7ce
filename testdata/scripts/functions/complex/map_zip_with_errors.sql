-- MAP_ZIP_WITH errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- case: key types differ
select map_zip_with(map(1, 1), map(X'01', 1), (k, a, b) -> a);
-- case: lambda with two parameters
select map_zip_with(map(1, 1), map(1, 2), (k, a) -> a);
