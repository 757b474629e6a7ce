-- ARRAY_REPEAT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- Source: the complex type page's section for this function, read in its Chinese
-- version (https://help.aliyun.com/document_detail/293597.html#section-vfr-5rb-q6x) as stored
-- in a public function catalog: syntax, parameters, return rules and the example
-- statement; that copy does not print the example's result, so the result below
-- follows from the documented return rules.
-- Syntax: array<T> array_repeat(T <element>, int <count>): element repeated
-- count times. count must be >= 0; a NULL count gives NULL and a count below
-- 0 gives an empty array. A NULL element is repeated (as in Spark).
-- The documented example: ["123","123"].
select array_repeat('123', 2);
-- NULL count: NULL; negative count: [] (both documented rules).
select array_repeat('123', null), array_repeat('123', -1);
select array_repeat('a', 3);
select array_repeat(1, 0), array_repeat(1, -2);
select array_repeat(null, 2), array_repeat('x', null);
select array_repeat(array(1, 2), 2);
