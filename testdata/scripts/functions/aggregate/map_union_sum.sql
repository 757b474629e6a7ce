-- MAP_UNION_SUM: examples of https://www.alibabacloud.com/help/en/maxcompute/user-guide/aggregate-functions
-- Each example is followed by the result the page documents.
select map_union_sum(a) from values
    (map('hi', 2L, 'apple', 3L, 'pie', 1L)), (map('apple', null, 'hi', 4L)), (null) t(a);
-- documented: {"apple":3,"hi":6,"pie":1} (a hash order; mcsql keeps the
-- order of first appearance)
select map_union_sum(a) from values (map(1, 1.5D)), (map(1, 2D, 2, null)) t(a);
select map_union_sum(a) from values (map('x', 1.5BD)), (map('x', 2.25BD)) t(a);
