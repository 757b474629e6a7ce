-- INDEX: https://www.alibabacloud.com/help/en/maxcompute/user-guide/index-function-1
-- INDEX is the [] operator: arrays are indexed from 0, maps by key. The page
-- says a call written INDEX(<var1>[<var2>]) is an error, so mcsql registers
-- no INDEX function.
-- Returns 'c' (index 2 is the third element)
SELECT ARRAY('a', 'b', 'c')[2];
-- Returns 1
SELECT STR_TO_MAP("test1=1,test2=2")["test1"];
-- The same map built by MAP: 1
SELECT MAP('test1', '1', 'test2', '2')["test1"];
-- Out of bounds, a missing key and NULL containers give NULL.
select array(1, 2)[5], array(1, 2)[-1], map('a', 1)['b'], cast(null as array<int>)[0], cast(null as map<string,int>)['a'];
-- Indexes may be expressions; lambdas index their parameters.
select array(10, 20, 30)[size(array(1, 2))], transform(array(array(1, 2), array(3)), a -> a[0]);
