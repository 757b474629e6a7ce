-- ARRAY_MAX: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- Source: the complex type page's section for this function, read in its Chinese
-- version (https://help.aliyun.com/document_detail/293597.html#section-v0b-tse-4qr) as stored
-- in a public function catalog: syntax, parameters, return rules and the example
-- statement; that copy does not print the example's result, so the result below
-- follows from the documented return rules.
-- Syntax: T array_max(array<T> <a>). Returns the largest element; a NULL
-- array gives NULL; NULL elements do not take part.
-- The documented example: 20.
select array_max(array(1, 20, null, 3));
-- Strings bytewise, dates chronologically.
select array_max(array('b', 'ab', 'c')), array_max(array(date '2024-01-02', date '2023-12-31'));
-- Only NULLs, empty array, NULL array.
select array_max(array(null, null)), array_max(cast(array() as array<int>)), array_max(cast(null as array<int>));
