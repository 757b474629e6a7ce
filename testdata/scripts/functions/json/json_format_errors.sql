-- https://www.alibabacloud.com/help/en/maxcompute/json-format
-- case: a STRING is not a JSON value (use JSON_PARSE first)
select json_format('{"a":1}');
