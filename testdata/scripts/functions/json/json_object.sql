-- https://www.alibabacloud.com/help/en/maxcompute/json-object
-- One pair: {"a":123}
select json_object('a', 123);
-- Several pairs: {"a":123,"b":"hello"}
select json_object('a', 123, 'b', 'hello');
-- Keys come out sorted (the JSON type sorts object keys, see JSON_FORMAT); a repeated key keeps its last value; NULL is JSON null.
select json_object('b', true, 'a', null, 'b', 2);
