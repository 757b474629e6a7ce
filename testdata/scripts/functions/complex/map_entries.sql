-- MAP_ENTRIES: https://www.alibabacloud.com/help/en/maxcompute/user-guide/map-entries
-- Returns [{key:1, value:a}, {key:2, value:b}].
SELECT map_entries(map(1, 'a', 2, 'b'));
-- The fields are named key and value.
select map_entries(map('x', 10))[0].key, map_entries(map('x', 10))[0].value;
-- If a is null, null is returned.
select map_entries(cast(null as map<int,string>));
