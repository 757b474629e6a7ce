-- ORDINAL: https://www.alibabacloud.com/help/en/maxcompute/user-guide/ordinal
-- The newest page writes BIGINT literals, the older one plain literals; both return 3.
SELECT ordinal(3L, 1L, 3L, 7L, 5L, 2L, 4L, 6L);
SELECT ordinal(3, 1, 3, 7, 5, 2, 4, 6);
-- NULL counts as the smallest; a NULL nth gives NULL; strings, DOUBLE and DATETIME.
select ordinal(1, null, 2, 3), ordinal(2, null, 2, 3), ordinal(null, 1, 2), ordinal(2, 'b', 'a', 'c'), ordinal(1, 1, 0.5, '2'),
       ordinal(2, datetime'2024-01-01 00:00:00', datetime'2023-01-01 00:00:00', datetime'2025-01-01 00:00:00');
-- Duplicates take one rank each.
select ordinal(3, 5, 1, 1, 1, 9);
-- An older version of the page: ordinal(3, 1, 3, 2, 5, 2, 4, 6) = 2.
select ordinal(3, 1, 3, 2, 5, 2, 4, 6);
