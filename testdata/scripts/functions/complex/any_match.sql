-- ANY_MATCH: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- The function's own page was not found in the stored copies (the overview
-- lists it: "Checks whether an element in an array meets a specific
-- condition"); the semantics mirror ALL_MATCH's
-- page (https://www.alibabacloud.com/help/en/maxcompute/user-guide/all-match):
-- true if the predicate is true for some element, false for an empty array or
-- when it is false for every element, NULL when it is NULL for some element
-- and false for the rest.
-- true
select any_match(array(1, 2, 3), x -> x > 2);
-- false
select any_match(array(), x -> x > 3);
-- false
select any_match(array(1, 2, -10), x -> x > 3);
-- NULL: the NULL element is unknown and no element matches
select any_match(array(1, 2, null), x -> x > 3);
-- true: a match decides even next to a NULL
select any_match(array(10, null), x -> x > 3);
-- NULL array
select any_match(cast(null as array<int>), x -> x > 3);
