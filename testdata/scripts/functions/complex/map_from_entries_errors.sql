-- MAP_FROM_ENTRIES errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/map-from-entries
-- case: three fields
select map_from_entries(array(struct(1, 'a', 2)));
-- case: NULL key
select map_from_entries(array(struct(cast(null as int), 'a')));
-- case: duplicate key under exception
select map_from_entries('exception', array(struct(1, 'a'), struct(1, 'b')));
