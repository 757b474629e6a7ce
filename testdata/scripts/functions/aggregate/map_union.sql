-- MAP_UNION: examples of https://www.alibabacloud.com/help/en/maxcompute/user-guide/aggregate-functions
-- Each example is followed by the result the page documents.
select map_union(a) from values
    (map(1L, 'hi', 2L, 'apple', 3L, 'pie')), (map(1L, 'good', 4L, 'this')), (null) t(a);
-- documented: {"4":"this","1":"good","2":"apple","3":"pie"} (a hash order;
-- mcsql keeps the order of first appearance and, as documented, the value
-- read last)
