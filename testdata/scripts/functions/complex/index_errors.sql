-- INDEX errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/index-function-1
-- case: the call form (the page: "calling INDEX(<var1>[<var2>]) returns an error")
select index(array('a', 'b', 'c')[2]);
-- case: indexing a scalar
select 'abc'[0];
