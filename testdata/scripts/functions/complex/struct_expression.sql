-- STRUCT expression: https://www.alibabacloud.com/help/en/maxcompute/user-guide/struct-data-type
-- (Mar 2026; the construction table is read in the page's Chinese version,
-- https://help.aliyun.com/zh/maxcompute/user-guide/struct-data-type)
-- STRUCT(expression1 [[AS] field_name1], expression2 [[AS] field_name2], ...): the fields are
-- named by the names given. STRUCT(1L AS a,'abc' AS b,null as c) is STRUCT<a:bigint,b:string,c:string>.
create table struct_expr_t1 as select STRUCT(1L AS a,'abc' AS b,null as c) as s;
desc struct_expr_t1;
select s, s.a, s.b, s.c from struct_expr_t1;
-- STRUCT(str_col AS abc) from t is STRUCT<abc:string>; STRUCT(*) from t wraps every column of t,
-- named by the columns: STRUCT<str_col:string,...>.
create table t(str_col string, num bigint);
insert into t values ('x', 1), ('y', 2);
create table struct_expr_t2 as select STRUCT(str_col AS abc) as s1, STRUCT(*) as s2 from t;
desc struct_expr_t2;
select s1, s2, s1.abc, s2.num from struct_expr_t2;
-- Without any name it is the STRUCT function: STRUCT(1L,t.str_col) from t has fields col1, col2.
select STRUCT(1L,t.str_col) from t;
-- AS is optional; names are case-insensitive. With some fields named, an unnamed column keeps
-- its column's name (TO_JSON's example 3); another unnamed expression is colN, N its position,
-- as in the STRUCT function (mcsql: the page does not say).
select struct(1 x, 'b' AS Y, str_col, num + 1).y, struct(1 x, 'b' AS Y, str_col, num + 1) from t;
-- Nesting, and STRUCT expressions inside ARRAY and MAP.
select struct(struct(1 as a) as inner_s, array(struct(2 as b)) as arr, map('k', struct(3 as c)) as m);
