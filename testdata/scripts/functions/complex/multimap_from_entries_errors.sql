-- MULTIMAP_FROM_ENTRIES errors: https://www.alibabacloud.com/help/en/maxcompute/multimap-from-entries
-- case: a NULL key
SELECT multimap_from_entries(array(struct(cast(null as int), 'a')));
-- case: structs of three fields
SELECT multimap_from_entries(array(struct(1, 'a', 'b')));
