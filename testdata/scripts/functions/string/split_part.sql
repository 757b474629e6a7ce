-- SPLIT_PART: https://www.alibabacloud.com/help/en/maxcompute/user-guide/split-part
-- Example 1
select split_part('a,b,c,d', ',', 1); -- a
select split_part('a,b,c,d', ',', 1, 2); -- a,b
-- Example 2
select split_part('a,b,c,d', ',', 10); -- ''
-- Example 3
select split_part('a,b,c,d', ':', 1); -- a,b,c,d
select split_part('a,b,c,d', ':', 2); -- ''
-- Example 4
select split_part('a,b,c,d', '', 1); -- a,b,c,d
-- Example 5
select split_part('a,b,c,d', ',', 2, 6); -- b,c,d
-- Example 6
select split_part('a,b,c,d', ',', null); -- NULL
-- An empty str; a multi-character separator; numbers convert to STRING.
select split_part('', ',', 1), split_part('a::b::c', '::', 2), split_part(1.5, '.', 2);
-- str may come from a column; separator, start and end must be constants
-- (constant expressions are): b, a,b.
select split_part(s, ',', 2), split_part(s, concat(',', ''), 1, 1 + 1) from values ('a,b,c') t(s);
