-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/json-exists
-- case: an invalid path is an error
SELECT JSON_EXISTS(JSON '{"a":1}', 'a');
