-- BITWISE_AND_AGG: examples of https://www.alibabacloud.com/help/en/maxcompute/user-guide/aggregate-functions
-- Each example is followed by the result the page documents.
SELECT id, bitwise_and_agg(v) FROM
    VALUES (1L, 2L), (1L, 1L), (2L, null), (1L, null) t(id, v) GROUP BY id;
-- documented: 1 0, 2 NULL
select bitwise_and_agg(v) from values (7Y), (6Y) t(v);
