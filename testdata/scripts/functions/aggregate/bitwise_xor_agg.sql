-- BITWISE_XOR_AGG: examples of https://www.alibabacloud.com/help/en/maxcompute/user-guide/aggregate-functions
-- Each example is followed by the result the page documents.
SELECT id, bitwise_xor_agg(v) FROM
  VALUES (1L, 2L), (1L, 1L), (2L, NULL), (1L, NULL) t(id, v) GROUP BY id;
-- documented: 1 3, 2 NULL
select bitwise_xor_agg(v) from values (5S), (3S), (1S) t(v);
