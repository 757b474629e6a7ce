-- https://www.alibabacloud.com/help/en/maxcompute/json-extract
-- Example 1: 1
SELECT JSON_EXTRACT(JSON '{"a":1, "b":2}', '$.a');
-- Example 2: key absent: NULL
SELECT JSON_EXTRACT(JSON '{"a":1, "b":2}', '$.c');
-- Paths: nested members, indexes, quoted names, wildcards (several values make an array), lax/strict mode words.
select json_extract(json '{"a":{"b":[10,20,{"c":"x"}]}}', '$.a.b[2].c'), json_extract(json '{"a b":1}', '$["a b"]'),
       json_extract(json '{"a":[1,2,3]}', '$.a[*]'), json_extract(json '{"x":1,"y":2}', '$.*'), json_extract(json '{"a":1}', 'lax $.a'),
       json_extract(json '{"a":null}', '$.a'), json_extract(null, '$.a');
-- The JSON data type page's JSON Path section:
-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-json-type-usage-guide-trial-beta-version
-- '$.phones[1]."phone#"': "650-555-5555"; lax (the default) '$[0]': the object; '$[1]': NULL;
-- '$.name.*': NULL; '$.name[*]': ["Molly"]; '$.phones.phonetype': ["work","cell"];
-- '$.phones[*].phonetype': ["work","cell"]; 'strict $.phones.phonetype': NULL; 'strict $.address': NULL.
select json_extract(v, '$.phones[1]."phone#"'), json_extract(v, '$[0]'), json_extract(v, '$[1]'), json_extract(v, '$.name.*'),
       json_extract(v, '$.name[*]'), json_extract(v, '$.phones.phonetype'), json_extract(v, '$.phones[*].phonetype'),
       json_extract(v, 'strict $.phones.phonetype'), json_extract(v, 'strict $.address'), json_extract(v, 'lax $.phones.phonetype')
from values (json '{ "name": "Molly", "phones": [ { "phonetype": "work", "phone#": "650-506-7000" }, { "phonetype": "cell", "phone#": "650-555-5555" } ] }') as t(v);
-- The element accessor $[1, 2, 4 to 7] (and PostgreSQL's last): [1,2,4,5,6,7], 8, [7,8]; strict $[0] of a non-array: NULL.
select json_extract(json '[0,1,2,3,4,5,6,7,8]', '$[1, 2, 4 to 7]'), json_extract(json '[0,1,2,3,4,5,6,7,8]', '$[last]'),
       json_extract(json '[0,1,2,3,4,5,6,7,8]', '$[last - 1 to last]'), json_extract(json '5', 'strict $[0]'), json_extract(json '{"sf*":1}', '$."sf*"');
-- Access by index is strict: json_val['a'][0][1] is json_extract(json_val, 'strict $.a[0][1]'). 123, 12, 1, NULL, NULL.
SELECT v['id'], w[0], x['x']['a'], v[0], v['not_exists']
FROM VALUES (JSON '{"id":123}', JSON '[12, 34]', json '{"x": {"a": 1, "b": 2}}') AS t(v, w, x);
-- GET_JSON_OBJECT gives the STRING MaxCompute, JSON_EXTRACT the JSON "MaxCompute".
SELECT GET_JSON_OBJECT(v, '$.x.name'), JSON_EXTRACT(v, '$.x.name') FROM VALUES (JSON '{"x": {"id": 1001, "name": "MaxCompute"}}') AS t(v);
-- On STRING: the page's signature 2 exists in BigQuery-compatible mode
-- only, and is then GET_JSON_OBJECT (a STRING; an invalid or malformed path
-- gives NULL). Without the flag a STRING is an error (json_extract_errors).
set odps.sql.bigquery.compatible=true;
-- 1, NULL, NULL
SELECT JSON_EXTRACT('{"a":1, "b":2}', '$.a'), JSON_EXTRACT('{"a":1, "b":2}', '$.c'), JSON_EXTRACT('{"a":1, "b":2}', '$invalid_json_path');
select json_extract('{"a":{"b":"x"}}', '$.a.b');
