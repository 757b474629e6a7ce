-- SPLIT_PART errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/split-part
-- case: start 0
select split_part('a,b,c,d', ',', 0);
-- case: end before start
select split_part('a,b,c,d', ',', 3, 2);
-- The page (Mar 26, 2026): "separator is not a STRING constant" and "start or
-- end is not a BIGINT constant" are errors.
-- case: separator from a column
select split_part(s, sep, 1) from values ('a,b,c', ',') t(s, sep);
-- case: start from a column
select split_part('a,b,c', ',', n) from values (1) t(n);
-- case: end from a column
select split_part('a,b,c', ',', 1, n) from values (2) t(n);
