-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-json-type-usage-guide-trial-beta-version
-- The JSON type: JSON '...' literals, columns, subscripts, CAST (https://www.alibabacloud.com/help/en/maxcompute/user-guide/cast).
-- The page's walk-through: a public schema is extracted on write; reading json_val["b"], json_val["c"] gives
-- 2 NULL / 2 NULL / NULL 3.
CREATE TABLE json_table (json_val json);
CREATE TABLE string_table (string_val STRING);
INSERT INTO string_table VALUES ('{"a":1, "b":2}'), ('{"a":"key", "b":2}'), ('{"c":3}');
INSERT INTO json_table SELECT json_parse(string_val) FROM string_table;
SELECT json_val["b"], json_val["c"] FROM json_table;
-- Literals of every JSON type; object keys are kept sorted (see JSON_FORMAT); numbers keep their text.
select json 'null', json '123', json '123.34', json 'true', json '{"id":123,"name":"MaxCompute"}', json '[1, 2.50, -1e3]';
-- Subscripts: a member by name, an element by index; NULL when absent.
select json '{"a":{"b":[1,2]}}'['a']['b'][1], json '[1]'[5], json '{"a":1}'['x'];
-- CAST(string AS JSON) makes a JSON string (JSON_PARSE parses); numbers and booleans become JSON numbers and booleans.
select cast('{"a":1}' as json), cast(12 as json), cast(1.5 as json), cast(true as json), cast(null as json);
-- CAST(json AS ...) reads a scalar; JSON null (and NULL) become SQL NULL.
select cast(json '"abc"' as string), cast(json '123' as bigint), cast(json '1.9' as int), cast(json '1.5' as double), cast(json 'true' as boolean), cast(json 'null' as string);
-- Complex values convert to JSON through their JSON text.
select cast(array(1, 2) as json), cast(map('k', 'v') as json);
-- JSON columns print as compact text in CSV too (the -M mode) and round-trip through tables.
create table jt (id bigint, j json);
insert into jt values (1, json '{"z":[true,null],"a":"x"}'), (2, json 'null'), (3, null);
select * from jt;
