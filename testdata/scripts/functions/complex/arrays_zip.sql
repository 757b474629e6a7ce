-- ARRAYS_ZIP: https://www.alibabacloud.com/help/en/maxcompute/user-guide/arrays-zip
-- Returns [{0:1, 1:2}, {0:2, 1:3}, {0:3, 1:4}].
SELECT arrays_zip(array(1, 2, 3), array(2, 3, 4));
-- Returns [{0:1, 1:4}, {0:2, 1:5}, {0:3, 1:null}].
SELECT arrays_zip(array(1, 2, 3), array(4, 5));
-- Three arrays of different types; a field is read by its name.
select arrays_zip(array(1), array('a'), array(true)), arrays_zip(array(1, 2), array('a', 'b'))[1].`1`;
-- Any NULL input gives NULL.
select arrays_zip(array(1), null);
