-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/get-json-object
-- JSON input (standard JSONPath). Example 1: 1; Example 2: NULL; Example 3, invalid path: NULL
SELECT GET_JSON_OBJECT(JSON '{"a":1, "b":2}', '$.a');
SELECT GET_JSON_OBJECT(JSON '{"a":1, "b":2}', '$.c');
SELECT GET_JSON_OBJECT(JSON '{"a":1, "b":2}', '$invalid_json_path');
-- Syntax example: Alice
SELECT GET_JSON_OBJECT(JSON '{"name": "Alice", "age": 30}', '$.name');
-- STRING input (the original JSONPath): the page's src_json document.
@src := '{"store":{"fruit":[{"weight":8,"type":"apple"},{"weight":9,"type":"pear"}],"bicycle":{"price":19.95,"color":"red"}},"email":"amy@only_for_json_udf_test.net","owner":"amy"}';
-- amy
select get_json_object(@src, '$.owner');
-- {"weight":8,"type":"apple"}
select get_json_object(@src, '$.store.fruit[0]');
-- NULL
select get_json_object(@src, '$.non_exist_key');
-- 2222
select get_json_object('{"array":[["aaaa",1111],["bbbb",2222],["cccc",3333]]}','$.array[1][1]');
-- ["h0","h1","h2"]
select get_json_object('{"aaa":"bbb","ccc":{"ddd":"eee","fff":"ggg","hhh":["h0","h1","h2"]},"iii":"jjj"}','$.ccc.hhh[*]');
-- ["h0","h1","h2"]
select get_json_object('{"aaa":"bbb","ccc":{"ddd":"eee","fff":"ggg","hhh":["h0","h1","h2"]},"iii":"jjj"}','$.ccc.hhh');
-- h1
select get_json_object('{"aaa":"bbb","ccc":{"ddd":"eee","fff":"ggg","hhh":["h0","h1","h2"]},"iii":"jjj"}','$.ccc.hhh[1]');
-- A key with a period needs ['...']: 1
select get_json_object('{"China.hangzhou":{"id":1}}', "$['China.hangzhou'].id");
-- Objects keep their input order on STRING; [*] over objects' members collects them: [8,9]
select get_json_object(@src, '$.store.bicycle'), get_json_object(@src, '$.store.fruit[*].weight');
-- Invalid JSON, an empty string, an invalid path, a JSON null and NULL arguments give NULL.
select get_json_object('{"a":1', '$.a'), get_json_object('', '$'), get_json_object('{"a":1}', 'a'), get_json_object('{"a":null}', '$.a'), get_json_object(null, '$'), get_json_object('{}', null);
-- The page's return behaviours (string functions page, GET_JSON_OBJECT on STRING).
-- With set odps.sql.udf.getjsonobj.new=true (the default of projects created
-- from January 2021 on, and of mcsql): duplicate keys parse and the first
-- one wins: 1
select get_json_object('{"a":"1","a":"2"}', '$.a');
-- Objects keep their order: {"b":"1","a":"2"}
select get_json_object('{"b":"1","a":"2"}', '$');
-- The original string: ["1"]
select get_json_object('{"a":"[\\"1\\"]"}', '$.a');
-- Example 4: an empty or invalid json gives NULL (twice).
select get_json_object('','$.array[1][1]');
select get_json_object('"array":["aaaa",1111],"bbbb":["cccc",3333]','$.array[1][1]');
-- Example 5: escaped quotes: "1" and '1'
set odps.sql.udf.getjsonobj.new=true;
select get_json_object('{"a":"\\"1\\"","b":"2"}', '$.a');
select get_json_object('{"a":"\'1\'","b":"2"}', '$.a');
-- Example 3: keys with a period need ['...']: 0, 0, 0
create table mf_json (id string, json string);
insert into table mf_json (id, json) values ("1", "{
\"China.beijing\":{\"school\":{\"id\":0,\"book\":[{\"title\": \"A\",
\"price\": 8.95},{\"title\": \"B\",\"price\": 10.2}]}}}");
insert into table mf_json (id, json) values ("2", "{
\"China_beijing\":{\"school\":{\"id\":0,\"book\":[{\"title\": \"A\",
\"price\": 8.95},{\"title\": \"B\",\"price\": 10.2}]}}}");
select get_json_object(json, "$['China.beijing'].school['id']") from mf_json where id =1;
select get_json_object(json, "$['China_beijing'].school['id']") from mf_json where id =2;
select get_json_object(json, "$.China_beijing.school['id']") from mf_json where id =2;
-- With set odps.sql.udf.getjsonobj.new=false, the old behaviour:
set odps.sql.udf.getjsonobj.new=false;
-- Example 2 under the old behaviour: ["h0","h1","h2"]
select get_json_object('{"aaa":"bbb","ccc":{"ddd":"eee","fff":"ggg","hhh":["h0","h1","h2"]},"iii":"jjj"}','$.ccc.hhh[*]');
-- duplicate keys cannot be parsed: NULL
select get_json_object('{"a":"1","a":"2"}', '$.a');
-- an emoji cannot be parsed: NULL
select get_json_object('{"a":"😀"}', '$.a');
-- keys in alphabetical order: {"a":"2","b":"1"}
select get_json_object('{"b":"1","a":"2"}', '$');
-- reserved characters escaped: [\"1\"]
select get_json_object('{"a":"[\\"1\\"]"}', '$.a');
set odps.sql.udf.getjsonobj.new=true;
-- [*] selecting one value returns it as a non-array string by default (1,
-- x); SET odps.sql.force.getjsonobj.array.format=true; forces the array
-- format ([1], ["x"]); a path without [*] is not affected (x).
select get_json_object('{"a":[{"b":1}]}', '$.a[*].b'), get_json_object('{"a":["x"]}', '$.a[*]');
set odps.sql.force.getjsonobj.array.format=true;
select get_json_object('{"a":[{"b":1}]}', '$.a[*].b'), get_json_object('{"a":["x"]}', '$.a[*]'), get_json_object('{"a":["x"]}', '$.a[0]');
-- ['name'] is read only with getjsonobj.new=true (the page's limit): NULL, then 1.
set odps.sql.udf.getjsonobj.new=false;
select get_json_object('{"a":1}', "$['a']");
set odps.sql.udf.getjsonobj.new=true;
select get_json_object('{"a":1}', "$['a']");
-- On a JSON value the path matches the structure as written, unlike JSON_EXTRACT's
-- lax default: the JSON data type page (https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-json-type-usage-guide-trial-beta-version)
-- says the JSON type's parser "differs from the one used by GET_JSON_OBJECT". NULL, NULL; an explicit lax unwraps: [1,2].
select get_json_object(json '{"a":[{"b":1},{"b":2}]}', '$.a.b'), get_json_object(json '{"a":{"b":1}}', '$[0].a'),
       get_json_object(json '{"a":[{"b":1},{"b":2}]}', 'lax $.a.b');
