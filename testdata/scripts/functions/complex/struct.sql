-- STRUCT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/struct-data-type
-- STRUCT(1L,2L,3L) is STRUCT<col1:bigint,col2:bigint,col3:bigint>; STRUCT('abc') is STRUCT<col1:string>.
select struct(1L, 2L, 3L), struct('abc');
-- Fields are read as col1, col2, ...
select struct(1, 'x').col2;
-- Nesting with ARRAY and MAP.
select struct(array(1, 2), map('k', 'v'));
