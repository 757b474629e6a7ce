-- GROUPING and GROUPING_ID are neither window nor aggregate functions:
-- OVER, FILTER or WITHIN GROUP on them is an error (OVER used to give an
-- empty result). Huge CUBEs and GROUPING SETS fail before expanding.
-- case: GROUPING with OVER
select c0, grouping(c0) over () from values (1, 2) t(c0, c1) group by cube(c0);
-- case: GROUPING_ID with FILTER
select c0, grouping_id(c0) filter (where true) from values (1, 2) t(c0, c1) group by cube(c0);
-- case: CUBE of 20 columns
select count(*) from values (1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1) t(c0,c1,c2,c3,c4,c5,c6,c7,c8,c9,c10,c11,c12,c13,c14,c15,c16,c17,c18,c19) group by cube(c0,c1,c2,c3,c4,c5,c6,c7,c8,c9,c10,c11,c12,c13,c14,c15,c16,c17,c18,c19);
-- case: three empty grouping sets
select count(*) from values (1, 2) t(a, b) group by grouping sets ((), (), ());
