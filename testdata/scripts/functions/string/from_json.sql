-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/from-json
-- Documented: {"a":1,"b":0.8} (mcsql prints STRUCT values as JSON too)
select from_json('{"a":1, "b":0.8}', 'a int, b double');
-- Documented: {"time":"26/08/2015"}
select from_json('{"time":"26/08/2015"}', 'time string');
-- Documented: {"a":1,"b":0.8}. Member c is absent from the JSON, so it is
-- NULL; the page's rendering leaves NULL members out, mcsql prints "c":null.
select from_json('{"a":1, "b":0.8}', 'a int, b double, c string');
-- Documented: [1,2,3]: "a" does not fit BIGINT and is left out
select from_json('[1, 2, 3, "a"]', 'array<bigint>');
-- Documented: {"d":"v","a":"1","b":"[1,2,3]","c":"{}"}: every JSON type
-- converts to STRING. The page's member order is its hash map's; mcsql keeps
-- the input order.
select from_json('{"a":1,"b":[1,2,3],"c":{},"d":"v"}', 'map<string, string>');
-- Example 2 reads the keys with MAP_KEYS. Documented: ["a","b"].
select map_keys(from_json('{"a":1,"b":2}','map<string,string>'));
-- Struct keys are case-sensitive; nested types; invalid JSON and NULL give NULL.
select from_json('{"A":1,"a":2}', 'struct<a:int>'), from_json('{"x":[{"y":true}]}', 'struct<x:array<struct<y:boolean>>>'), from_json('nope', 'array<int>'), from_json(null, 'array<int>');
-- A MAP keeps the members in input order (a repeated key keeps its first place, last value); a JSON member keeps the JSON type's sorted keys.
select from_json('{"b":1,"a":2,"b":3}', 'map<string,int>'), from_json('{"x":{"z":1,"y":[{"d":1,"c":2}]}}', 'struct<x:string>'), from_json('{"x":{"z":1,"y":2}}', 'struct<x:json>');
