-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/from-json
-- {a:1,b:0.8} (mcsql prints STRUCT values as JSON)
select from_json('{"a":1, "b":0.8}', 'a int, b double');
-- {time:26/08/2015}
select from_json('{"time":"26/08/2015"}', 'time string');
-- {a:1, b:0.8, c:NULL}
select from_json('{"a":1, "b":0.8}', 'a int, b double, c string');
-- [1,2,3]: "a" does not fit BIGINT and is left out
select from_json('[1, 2, 3, "a"]', 'array<bigint>');
-- {a:1, b:[1,2,3], c:{}, d:v}: every JSON type converts to STRING
select from_json('{"a":1,"b":[1,2,3],"c":{},"d":"v"}', 'map<string, string>');
-- Example 2: MAP_KEYS and FROM_JSON list a JSON object's keys, like JSON_KEYS: [a, b]
select map_keys(from_json('{"a":1,"b":2}','map<string,string>'));
-- Struct keys are case-sensitive; nested types; invalid JSON and NULL give NULL.
select from_json('{"A":1,"a":2}', 'struct<a:int>'), from_json('{"x":[{"y":true}]}', 'struct<x:array<struct<y:boolean>>>'), from_json('nope', 'array<int>'), from_json(null, 'array<int>');
-- A MAP keeps the members in input order (a repeated key keeps its first place, last value); a JSON member keeps the JSON type's sorted keys.
select from_json('{"b":1,"a":2,"b":3}', 'map<string,int>'), from_json('{"x":{"z":1,"y":[{"d":1,"c":2}]}}', 'struct<x:string>'), from_json('{"x":{"z":1,"y":2}}', 'struct<x:json>');
