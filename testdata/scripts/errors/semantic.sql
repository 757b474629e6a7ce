-- Semantic, type and run-time errors: code, position and message.
-- case: unknown function
select nosuchfunc(1);
-- case: misspelled function suggests the closest names
select concat_sw(',', 'a');
-- case: misspelled aggregate
select cnt(*) from values (1) t(a);
-- case: too many arguments
select hex('a', 'b');
-- case: wrong argument type
select unhex(X'00');
-- case: unknown variable
select @nope;
-- case: unknown column
select x from values (1) t(a);
-- case: table variable used as scalar
@t := select 1 as a;
select @t;
-- case: table not found
select * from mf_user_info;
-- case: bad hex
select unhex('61zz');
-- case: odd hex
select unhex('0');
-- case: bad base64
select unbase64('not base64!');
-- case: failed cast
select cast('-' as bigint);
-- case: failed implicit conversion
select 'abc' + 1 as r from values (1) t(a) where a = 1;
-- case: if condition not boolean
IF (1) select 'x';
-- case: binary operand
select X'01' + 1;
-- case: scalar subquery with two rows
select (select * from values (1), (2) t(a));
-- case: union column count
select 1, 2 union all select 3;
-- case: declared type mismatch
@d boolean;
@d := X'00';
-- case: error position inside a later statement
@x := 'abc';
select hex(@x),
       unhex(@x);
