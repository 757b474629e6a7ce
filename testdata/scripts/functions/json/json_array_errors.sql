-- https://www.alibabacloud.com/help/en/maxcompute/json-array
-- case: a DATETIME element has no JSON form
select json_array(datetime '2024-01-01 00:00:00');
