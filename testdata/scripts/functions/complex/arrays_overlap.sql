-- ARRAYS_OVERLAP: https://www.alibabacloud.com/help/en/maxcompute/user-guide/arrays-overlap
-- Returns true
select arrays_overlap(array(1, 2, 3), array(3, 4, 5));
-- Returns false
select arrays_overlap(array(1, 2, 3), array(6, 4, 5));
-- Returns null
select arrays_overlap(array(1, 2, 3), array(5, 4, null));
-- An empty array never overlaps, even with NULLs around; a shared NULL is no overlap.
select arrays_overlap(cast(array() as array<int>), array(null)), arrays_overlap(array(null), array(null, 1));
-- NULL array.
select arrays_overlap(array(1), null);
