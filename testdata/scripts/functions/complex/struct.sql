-- STRUCT: https://www.alibabacloud.com/help/en/maxcompute/user-guide/struct-data-type
-- STRUCT(1L,2L,3L) is STRUCT<col1:bigint,col2:bigint,col3:bigint>; STRUCT('abc') is STRUCT<col1:string>.
select struct(1L, 2L, 3L), struct('abc');
-- The catalog's example (older English page: "Other functions", STRUCT
-- section): {col1:a, col2:123, col3:ture, col4:56.9} in the page's notation.
select struct('a',123,'ture',56.90);
-- Fields are read as col1, col2, ...
select struct(1, 'x').col2;
-- Nesting with ARRAY and MAP.
select struct(array(1, 2), map('k', 'v'));
