-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/json-exists
-- Example 1: true
SELECT JSON_EXISTS(JSON '{"a":1, "b":2}', '$.a');
-- Example 2: false
SELECT JSON_EXISTS(JSON '{"a":1, "b":2}', '$.c');
-- Example 3: true
SELECT JSON_EXISTS(JSON '[1,2, {"a":34}]', '$[2].a');
-- A JSON null exists; a structure mismatch is false (strict mode too).
select json_exists(json '{"a":null}', '$.a'), json_exists(json '[1]', 'strict $.a'), json_exists(null, '$');
