-- MULTIMAP_AGG: examples of https://www.alibabacloud.com/help/en/maxcompute/user-guide/aggregate-functions
-- Each example is followed by the result the page documents.
select multimap_agg(a, b) from
        values (1L, 'apple'), (2L, 'hi'), (null, 'good'), (1L, 'pie') t(a, b);
-- documented: {"2":["hi"],"1":["apple","pie"]} (a hash order; mcsql keeps the
-- order of first appearance)
