-- SHUFFLE: https://www.alibabacloud.com/help/en/maxcompute/shuffle
-- (older https://www.alibabacloud.com/help/en/maxcompute/user-guide/shuffle, zh/ja/tc versions: same examples).
-- The order is random: the page shows [3,1,5,20] and [20,null,3,1]; the
-- goldens run with seeded randomness, so mcsql's order here is one draw of
-- the session's source. The elements are always the input's.
SELECT shuffle(array(1, 20, 3, 5));
SELECT shuffle(array(1, 20, null, 3));
-- The same elements come back: sorted, [1,3,5,20].
SELECT sort_array(shuffle(array(1, 20, 3, 5)));
-- NULL: NULL; empty and one-element arrays stay.
SELECT shuffle(cast(null as array<int>)), shuffle(array()), shuffle(array('x'));
