-- ANY_MATCH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- Source: the complex type page's section for this function, read in its Chinese
-- version (https://help.aliyun.com/document_detail/293597.html#section-6xi-q8m-llc) as stored
-- in a public function catalog: syntax, parameters, return rules and the example
-- statement; that copy does not print the example's result, so the result below
-- follows from the documented return rules.
-- Syntax: boolean any_match(array<T> <a>, function<T, boolean> <predicate>).
-- Returns true if one or more elements satisfy the predicate; false if none
-- does or the array is empty; NULL if an element is NULL and no other element
-- satisfies the predicate.
-- The documented example: true (100 > 3).
select any_match(array(1, 2, -10, 100, -30), x-> x > 3);
-- false: empty array.
select any_match(array(), x -> x > 3);
-- false: no element is greater than 3.
select any_match(array(1, 2, -10, -20, -30), x -> x > 3);
-- NULL: a NULL element and no other element matches.
select any_match(array(1, 2, -10, null), x -> x > 3);
-- true: a match decides even next to a NULL
select any_match(array(10, null), x -> x > 3);
-- NULL array
select any_match(cast(null as array<int>), x -> x > 3);
