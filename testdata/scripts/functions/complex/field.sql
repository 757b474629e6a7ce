-- FIELD: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- The function's own page was not found in the stored copies; the catalog's
-- syntax is field(struct <s>, string <fieldName>): the field of s named by
-- the constant string fieldName, the same as s.fieldName (see
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/struct-data-type).
select field(named_struct('a', 1, 'b', 'x'), 'b');
-- Field names are case-insensitive; struct() names its fields col1, col2, ...
select field(named_struct('Name', 'Alice'), 'name'), field(struct(1, 2.5), 'col2');
-- A NULL struct gives NULL.
select field(cast(null as struct<a:int>), 'a');
