-- SIZE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/complex-type-functions
-- The function's own page was not found in the stored copies; the catalog's
-- syntax is int size(array<T>|map<K, V> <data>): the number of elements or
-- entries; a NULL argument gives -1, as in Hive.
select size(array('a', 'b')), size(map('a', 123, 'b', 456));
select size(array()), size(cast(null as array<int>)), size(cast(null as map<int,int>));
