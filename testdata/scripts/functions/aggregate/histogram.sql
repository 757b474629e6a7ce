-- HISTOGRAM: examples of https://www.alibabacloud.com/help/en/maxcompute/user-guide/aggregate-functions
-- Each example is followed by the result the page documents.
select histogram(a) from values
    ('hi'), (null), ('apple'), ('pie'), ('apple') t(a);
-- documented: {"pie":1,"hi":1,"apple":2} (a hash order; mcsql keeps the
-- order of first appearance)
