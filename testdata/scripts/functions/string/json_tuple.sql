-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/json-tuple
-- Extract several keys: name age city, Alice 30 Shanghai
SELECT json_tuple('{"name":"Alice","age":"30","city":"Shanghai"}', 'name', 'age', 'city')
AS (name, age, city);
-- The Chinese page's school table (https://help.aliyun.com/zh/maxcompute/user-guide/json-tuple).
create table school (id string, json string);
insert into school (id, json) values ("1", "{
\"school\": \"湖畔大学\", \"地址\":\"杭州\", \"SchoolRank\": \"00\",
\"Class1\":{\"Student\":[{\"studentId\":1,\"scoreRankIn3Year\":[1,2,[3,2,6]]},
{\"studentId\":2,\"scoreRankIn3Year\":[2,3,[4,3,1]]}]}}");
-- Example 1: 00, {"Student":[{"studentId":1,"scoreRankIn3Year":[1,2,[3,2,6]]},{"studentId":2,"scoreRankIn3Year":[2,3,[4,3,1]]}]}
select json_tuple(school.json,"SchoolRank","Class1") as (item0, item1) from school;
select get_json_object(school.json,"$.SchoolRank") item0,get_json_object(school.json,"$.Class1") item1 from school;
-- Example 2, ['']: 湖畔大学, [{"studentId":1,"scoreRankIn3Year":[1,2,[3,2,6]]},{"studentId":2,"scoreRankIn3Year":[2,3,[4,3,1]]}]
select json_tuple(school.json,"school","['Class1'].Student") as (item0,item1) from school;
-- Nested arrays and [*], with LATERAL VIEW: 1 [1,2] [1,2,[3,2,6]] 杭州
select sc.id, q.item0, q.item1, q.item2 from school sc
  lateral view json_tuple(sc.json, "Class1.Student[*].studentId", "Class1.Student[0].scoreRankIn3Year", "地址") q as item0, item1, item2;
-- With LATERAL VIEW, beside the table's other columns.
create table my_table (id bigint, json_str string);
insert into my_table values (1, '{"name":"Bob","age":25,"tags":["a","b"],"info":{"city":"Hangzhou"}}'), (2, 'not json'), (3, null);
SELECT t.id, jt.name, jt.age
FROM my_table t
LATERAL VIEW json_tuple(t.json_str, 'name', 'age') jt AS name, age;
-- Keys are paths without $: nested members (a.b), bracket names, array
-- elements; objects and arrays come back as JSON text, numbers as text.
select json_tuple(json_str, 'info.city', '[\'info\']', 'tags[1]', 'tags', 'missing') as (city, info, tag, tags, missing) from my_table where id = 1;
-- A key with a period needs brackets; an empty key, one starting with $
-- or an invalid one gives NULL.
select json_tuple('{"a.b":1,"a":{"b":2}}', '[\'a.b\']', 'a.b', '', '$.a', 'a[') as (x, y, e, d, bad);
-- Invalid or NULL JSON gives one row of NULLs; the default names are c0, c1, ...
select json_tuple('{', 'a', 'b');
select json_tuple(cast(null as string), 'a');
-- JSON null is NULL; CJK text is kept.
select json_tuple('{"a":null,"b":"中文"}', 'a', 'b') as (a, b);
