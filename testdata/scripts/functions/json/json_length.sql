-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/json-length
-- 2
SELECT JSON_LENGTH(JSON '{"k1":"v31","k2":300}');
-- 6
SELECT JSON_LENGTH(JSON '[1,2,3,4,5,6]');
-- 3: nested arrays are not counted
SELECT JSON_LENGTH(JSON '{"name": "John", "age": 22, "skills":["PHP","MySQL","JavaScript"]}');
-- 2
SELECT JSON_LENGTH(JSON '{"x": 1, "y": [1, 2]}', '$.y');
-- NULL
SELECT JSON_LENGTH(null);
-- 1 for scalars
SELECT JSON_LENGTH(JSON 'null'), JSON_LENGTH(JSON '123'), JSON_LENGTH(JSON '123.34'), JSON_LENGTH(JSON 'true');
-- An absent path and a NULL path give NULL.
select json_length(json '{"a":1}', '$.b'), json_length(json '{"a":1}', null);
