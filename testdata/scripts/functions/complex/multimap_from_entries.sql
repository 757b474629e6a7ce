-- MULTIMAP_FROM_ENTRIES: https://www.alibabacloud.com/help/en/maxcompute/multimap-from-entries
-- (older https://www.alibabacloud.com/help/en/maxcompute/user-guide/multimap-from-entries, whose
-- syntax line misspells the name smultimap_from_entries; zh/ja/tc versions: same example).
-- {1: ['a', 'c'], 2: ['b']}
SELECT multimap_from_entries(array(struct(1, 'a'),
                                   struct(2, 'b'),
                                   struct(1, 'c')));
-- NULL input: NULL. NULL values are kept; NULL entries add nothing.
SELECT multimap_from_entries(null), multimap_from_entries(array(struct('x', 1), null, struct('x', cast(null as int)), struct('y', 3)));
-- Keys may be any comparable type.
SELECT multimap_from_entries(array(named_struct('k', date '2020-01-01', 'v', 1.5), named_struct('k', date '2020-01-01', 'v', 2.5)));
