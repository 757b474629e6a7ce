-- Malformed scripts: each case is a parse error with its position.
-- case: missing semicolon
select 1
select 2;
-- case: unclosed parenthesis
select (1 + 2;
-- case: unclosed string
select 'abc;
-- case: bad octal escape
select 'a\400b';
-- case: select from nothing
select from;
-- case: junk token
select 1 # 2;
-- case: end without if
select 1;
END
-- case: missing expression after operator
select 1 + ;
-- case: unclosed block comment
select 1; /* never closed
-- case: bad binary literal
select X'zz';
-- case: assignment without value
@a := ;
-- case: if condition not closed
IF (1 > 2 BEGIN select 1; END
-- case: error on a later line
select 1;
select 2;
select 3 4 5;
