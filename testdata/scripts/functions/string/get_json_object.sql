-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/get-json-object
-- JSON input (standard JSONPath). Example 1: 1; Example 2: NULL; Example 3, invalid path: NULL
SELECT GET_JSON_OBJECT(JSON '{"a":1, "b":2}', '$.a');
SELECT GET_JSON_OBJECT(JSON '{"a":1, "b":2}', '$.c');
SELECT GET_JSON_OBJECT(JSON '{"a":1, "b":2}', '$invalid_json_path');
-- Syntax example: Alice
SELECT GET_JSON_OBJECT(JSON '{"name": "Alice", "age": 30}', '$.name');
-- STRING input (the original JSONPath): the page's src_json document.
@src := '{"store":{"fruit":[{"weight":8,"type":"apple"},{"weight":9,"type":"pear"}],"bicycle":{"price":19.95,"color":"red"}},"email":"amy@only_for_json_udf_test.net","owner":"amy"}';
-- The page's statements read it from a table src_json with a column json.
create table src_json (json string);
insert into src_json values ('{"store":
{"fruit":[{"weight":8,"type":"apple"},{"weight":9,"type":"pear"}],
"bicycle":{"price":19.95,"color":"red"}
},
"email":"amy@only_for_json_udf_test.net",
"owner":"amy"
}');
-- amy
select get_json_object(src_json.json, '$.owner') from src_json;
-- {"weight":8,"type":"apple"}
select get_json_object(src_json.json, '$.store.fruit[0]') from src_json;
-- NULL
select get_json_object(src_json.json, '$.non_exist_key') from src_json;
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
-- The string functions page's examples for odps.sql.udf.getjsonobj.new=true
-- (the behaviour of projects created since January 21, 2021, and mcsql's
-- default).
set odps.sql.udf.getjsonobj.new=true;
-- Duplicate keys: the first wins. Documented: 1.
select get_json_object('{"a":"1","a":"2"}', '$.a');
-- Documented: {"b":"1","a":"2"} (input order).
select get_json_object('{"b":"1","a":"2"}', '$');
-- Documented: ["1"] (the original text, not [\"1\"]).
select get_json_object('{"a":"[\\"1\\"]"}', '$.a');
-- Example 3: keys with and without a period, in the page's table mf_json.
-- Documented: 0 for each query.
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
-- Example 4: json empty or invalid. Documented: NULL, NULL.
select get_json_object('','$.array[1][1]');
select get_json_object('"array":["aaaa",1111],"bbbb":["cccc",3333]','$.array[1][1]');
-- Example 5: escaped quotes. Documented: "1" and '1'.
select get_json_object('{"a":"\\"1\\"","b":"2"}', '$.a');
select get_json_object('{"a":"\'1\'","b":"2"}', '$.a');
-- An emoji is returned as it is. The page writes <Emoji> for one.
select get_json_object('{"a":"😀"}', '$.a');
-- The legacy behaviour, SET odps.sql.udf.getjsonobj.new=false: JSON reserved
-- characters stay escaped, a duplicate key or an emoji makes the JSON
-- unparsable, and object members come out in alphabetical order.
set odps.sql.udf.getjsonobj.new=false;
-- Documented: NULL (duplicate keys).
select get_json_object('{"a":"1","a":"2"}', '$.a');
-- Documented: NULL (an emoji).
select get_json_object('{"a":"😀"}', '$.a');
-- Documented: {"a":"2","b":"1"}.
select get_json_object('{"b":"1","a":"2"}', '$');
-- Documented: [\"1\"].
select get_json_object('{"a":"[\\"1\\"]"}', '$.a');
-- Documented: ["h0","h1","h2"].
select get_json_object('{"aaa":"bbb","ccc":{"ddd":"eee","fff":"ggg","hhh":["h0","h1","h2"]},"iii":"jjj"}','$.ccc.hhh[*]');
-- A line feed comes out as \n; nested members are sorted too; per-row paths
-- follow the flag as well.
select get_json_object('{"a":"x\\ny","b":{"z":1.50,"y":[true,null]}}', '$.a'), get_json_object(j, p) from values ('{"b":{"z":1.50,"y":[true,null]}}', '$.b') t(j, p);
