-- SPLIT_PART errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/split-part
-- case: start 0
select split_part('a,b,c,d', ',', 0);
-- case: end before start
select split_part('a,b,c,d', ',', 3, 2);
