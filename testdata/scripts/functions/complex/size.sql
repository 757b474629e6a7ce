-- SIZE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- Source: the complex type page's section for this function, read in its Chinese
-- version (https://help.aliyun.com/document_detail/293597.html#section-muq-ppd-2xl) as stored
-- in a public function catalog: syntax, parameters, return rules and the example
-- statement; that copy does not print the example's result, so the result below
-- follows from the documented return rules.
-- Syntax: int size(array<T> | map<K, V> <data>): the number of elements of
-- an array or of key-value pairs of a map, as INT. The page states no NULL
-- rule; mcsql returns -1 for a NULL argument, as Hive does.
-- The documented example: 2.
select size(array('a','b'));
-- The older English page (MaxCompute "Other functions", SIZE section)
-- documents: 2, 3, 2, 3.
select size(map('a',123,'b',456));
select size(map('a',123,'b',456,'c',789));
select size(array('a','b'));
select size(array(123,456,789));
select size(array()), size(cast(null as array<int>)), size(cast(null as map<int,int>));
