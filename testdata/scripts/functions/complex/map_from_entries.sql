-- MAP_FROM_ENTRIES: https://www.alibabacloud.com/help/en/maxcompute/user-guide/map-from-entries
-- The return value is {1:a, 2:b}.
select map_from_entries(array(struct(1, 'a'), struct(2, 'b')));
-- The return value is {1:a, 2:c}.
select map_from_entries(array(struct(1, 'a'), struct(2, 'b'), struct(2, 'c')));
-- If a struct array is null, null is returned.
select map_from_entries(cast(null as array<struct<k:int,v:string>>));
-- Named structs work too.
select map_from_entries(array(named_struct('k', 'x', 'v', 1.5)));
