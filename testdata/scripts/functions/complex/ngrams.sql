-- NGRAMS: https://www.alibabacloud.com/help/en/maxcompute/ngrams
-- (older https://www.alibabacloud.com/help/en/maxcompute/user-guide/ngrams, zh/ja/tc versions: same examples).
-- [['foo', 'bar'], ['bar', 'baz'], ['baz', 'foo']]
SELECT ngrams(array('foo', 'bar', 'baz', 'foo'), 2);
-- [['foo', 'bar', 'baz'], ['bar', 'baz', 'foo']]
SELECT ngrams(array('foo', 'bar', 'baz', 'foo'), 3);
-- n equal to or above the length: one n-gram of all elements: [['foo', 'bar', 'baz', 'foo']] twice.
SELECT ngrams(array('foo', 'bar', 'baz', 'foo'), 4);
SELECT ngrams(array('foo', 'bar', 'baz', 'foo'), 5);
-- [[1, 2], [2, 3], [3, 4]]
SELECT ngrams(array(1, 2, 3, 4), 2);
-- NULL array or n: NULL.
SELECT ngrams(cast(null as array<int>), 2), ngrams(array(1), null);
