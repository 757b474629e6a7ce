-- FIELD: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- Source: the complex type page's section for this function, read in its Chinese
-- version (https://help.aliyun.com/document_detail/293597.html#section-eip-iz6-vsy) as stored
-- in a public function catalog: syntax, parameters, return rules and the example
-- statement; that copy does not print the example's result, so the result below
-- follows from the documented return rules.
-- Syntax: field(struct <s>, string <fieldName>): the value of the member
-- fieldName of s (the . operator in Hive terms).
-- The documented example: hello.
select field(named_struct('f1', 'hello', 'f2', 3), 'f1');
select field(named_struct('a', 1, 'b', 'x'), 'b');
-- Field names are case-insensitive; struct() names its fields col1, col2, ...
select field(named_struct('Name', 'Alice'), 'name'), field(struct(1, 2.5), 'col2');
-- A NULL struct gives NULL.
select field(cast(null as struct<a:int>), 'a');
