-- CONCAT_WS: https://www.alibabacloud.com/help/en/maxcompute/user-guide/concat-ws
-- Example 1. Documented: name:hanmeimei.
select concat_ws(':','name','hanmeimei');
-- Example 2: a NULL argument. Documented: NULL (the page's rule: "If no
-- input parameters are available or an input parameter is set to null,
-- null is returned" -- unlike Hive, NULLs are not skipped).
select concat_ws(':','avg',null,'34');
-- Example 3: an array<string>. Documented: name:hanmeimei.
select concat_ws(':',array('name', 'hanmeimei'));
-- A NULL separator, a NULL array: NULL.
select concat_ws(null, 'a', 'b'), concat_ws(',', cast(null as array<string>));
-- NULL elements inside the array are not arguments; mcsql skips them, as
-- Hive does (the page does not say).
select concat_ws(',', array('a', null, 'b'));
-- BIGINT, DECIMAL, DOUBLE and DATETIME convert to STRING.
select concat_ws('-', 1, 2.5, 3BD, datetime'2024-01-02 03:04:05');
