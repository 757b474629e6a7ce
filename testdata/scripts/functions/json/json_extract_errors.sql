-- https://www.alibabacloud.com/help/en/maxcompute/json-extract
-- case: Example 3, malformed path: Invalid argument - Param json path $invalid_json_path is invalid
SELECT JSON_EXTRACT(JSON '{"a":1, "b":2}', '$a');
-- case: STRING without BigQuery-compatible mode (the page's signature 2 needs set odps.sql.bigquery.compatible=true;)
select json_extract('{"a":1}', '$.a');
