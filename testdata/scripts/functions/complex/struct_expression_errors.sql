-- STRUCT expression errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/struct-data-type
-- case: field names must be unique within the expression (case-insensitive)
select struct(1 as a, 2 as A);
-- case: AS must be followed by a field name
select struct(1 as 'a');
-- case: STRUCT(*) needs a FROM clause
select struct(*);
