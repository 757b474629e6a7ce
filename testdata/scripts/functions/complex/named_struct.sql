-- NAMED_STRUCT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/struct-data-type
-- NAMED_STRUCT('a',1L,'b','b_','c',3.50) is STRUCT<a:bigint,b:string,c:double>.
select named_struct('a', 1L, 'b', 'b_', 'c', 3.50);
-- The catalog's example (older English page: "Other functions",
-- NAMED_STRUCT section): {user_id:10001, user_name:LiLei, married:F,
-- weight:63.5} in the page's notation.
select named_struct('user_id',10001,'user_name','LiLei','married','F','weight',63.50);
-- Fields are read by name.
select named_struct('name', 'Alice', 'age', 25).age;
-- Nesting with ARRAY and MAP.
select named_struct('ids', array(1, 2), 'tags', map('k', 'v'));
-- The page says NAMED_STRUCT does not take NULL values; mcsql accepts them,
-- as its STRUCT does, typed STRING.
select named_struct('a', null);
