-- JSON_EXPLODE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/json-explode
-- The page: JSON strings, numbers, booleans and constants are not supported.
-- case: a JSON number
select json_explode(json '1');
-- case: a JSON string
select json_explode(json '"a"');
-- case: STRING, not JSON
select json_explode('[1,2]');
