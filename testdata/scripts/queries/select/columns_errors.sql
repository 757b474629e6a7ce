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
-- case: SELECT DISTINCT with a constant is MaxCompute's "Repeated key in GROUP BY" (FAQ about DQL operations: https://www.alibabacloud.com/help/en/maxcompute/user-guide/faq-about-dql-operations)
select distinct k, 'x' from values (1), (1) t(k);
-- case: the FAQ's fix: the constant in an outer query
select 'x' as c, k from (select distinct k from values (1), (1) t(k)) s;
