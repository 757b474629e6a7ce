-- The GROUPING SETS page's "CUBE and ROLLUP" equivalences:
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/grouping-sets
-- The page states each form equals a list of grouping sets, without data;
-- here each form and its list run on the same rows and give the same
-- result (sorted, so the pairs can be compared line by line).
@t := select * from values (1,2,3,4,5),(1,2,3,5,6),(2,2,4,4,5) t(a,b,c,d,e);
-- GROUP BY CUBE ((a, b), (c, d)) = GROUPING SETS ((a, b, c, d), (a, b), (c, d), ())
select a,b,c,d,count(*) n from @t group by cube((a,b),(c,d)) order by a,b,c,d limit 100;
select a,b,c,d,count(*) n from @t group by grouping sets((a,b,c,d),(a,b),(c,d),()) order by a,b,c,d limit 100;
-- GROUP BY ROLLUP (a, (b, c), d) = GROUPING SETS ((a, b, c, d), (a, b, c), (a), ())
select a,b,c,d,count(*) n from @t group by rollup(a,(b,c),d) order by a,b,c,d limit 100;
select a,b,c,d,count(*) n from @t group by grouping sets((a,b,c,d),(a,b,c),(a),()) order by a,b,c,d limit 100;
-- GROUP BY a, CUBE (b, c), GROUPING SETS ((d), (e)): the cross product of the three, eight sets
select a,b,c,d,e,count(*) n from @t group by a, cube(b,c), grouping sets((d),(e)) order by a,b,c,d,e limit 100;
select a,b,c,d,e,count(*) n from @t group by grouping sets((a,b,c,d),(a,b,c,e),(a,b,d),(a,b,e),(a,c,d),(a,c,e),(a,d),(a,e)) order by a,b,c,d,e limit 100;
-- GROUP BY grouping sets((b), (c), rollup(a, b, c)) = GROUPING SETS ((b), (c), (a, b, c), (a, b), (a), ())
select a,b,c,count(*) n from @t group by grouping sets((b),(c),rollup(a,b,c)) order by a,b,c limit 100;
select a,b,c,count(*) n from @t group by grouping sets((b),(c),(a,b,c),(a,b),(a),()) order by a,b,c limit 100;
