-- https://www.alibabacloud.com/help/en/maxcompute/json-extract
-- Example 1: 1
SELECT JSON_EXTRACT(JSON '{"a":1, "b":2}', '$.a');
-- Example 2: key absent: NULL
SELECT JSON_EXTRACT(JSON '{"a":1, "b":2}', '$.c');
-- Paths: nested members, indexes, quoted names, wildcards (several values make an array), lax/strict mode words.
select json_extract(json '{"a":{"b":[10,20,{"c":"x"}]}}', '$.a.b[2].c'), json_extract(json '{"a b":1}', '$["a b"]'),
       json_extract(json '{"a":[1,2,3]}', '$.a[*]'), json_extract(json '{"x":1,"y":2}', '$.*'), json_extract(json '{"a":1}', 'lax $.a'),
       json_extract(json '{"a":null}', '$.a'), json_extract(null, '$.a');
-- On STRING: the page's signature 2 exists in BigQuery-compatible mode
-- only, and is then GET_JSON_OBJECT (a STRING; an invalid or malformed path
-- gives NULL). Without the flag a STRING is an error (json_extract_errors).
set odps.sql.bigquery.compatible=true;
-- 1, NULL, NULL
SELECT JSON_EXTRACT('{"a":1, "b":2}', '$.a'), JSON_EXTRACT('{"a":1, "b":2}', '$.c'), JSON_EXTRACT('{"a":1, "b":2}', '$invalid_json_path');
select json_extract('{"a":{"b":"x"}}', '$.a.b');
