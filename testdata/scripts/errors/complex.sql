-- Errors on complex values.
-- case: unknown struct field
@s := struct(1);
select s.nope;
-- case: field of a scalar
@n := 1;
select n.field;
-- case: index a string
select 'abc'[0];
-- case: mixed array elements
select array(1, X'00');
-- case: odd map arguments
select map('a');
