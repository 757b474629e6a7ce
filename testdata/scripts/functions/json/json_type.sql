-- https://www.alibabacloud.com/help/en/maxcompute/json-type
-- array
select json_type(json '[{"a":1}, 23]');
-- number
select json_type(json '123');
-- string
select json_type(json '"123"');
select json_type(json 'true'), json_type(json 'null'), json_type(json '{}'), json_type(null);
