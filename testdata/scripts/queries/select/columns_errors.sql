-- Errors of column expressions.
-- case: EXCEPT names a column that is not there
select * except (nope) from values (1, 2) t(a, b);
-- case: EXCEPT removes every column
select * except (a, b) from values (1, 2) t(a, b);
-- case: REPLACE names a column that is not there
select * replace (1 as nope) from values (1, 2) t(a, b);
-- case: REPLACE needs AS and a column name
select * replace (a + 1) from values (1, 2) t(a, b);
-- case: EXCEPT after an expression
select a except (b) from values (1, 2) t(a, b);
-- case: a pattern matching no column
select `zz.*` from values (1, 2) t(a, b);
-- case: a pattern that is not a valid regular expression
select `(a` from values (1, 2) t(a, b);
