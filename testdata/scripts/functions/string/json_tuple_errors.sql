-- JSON_TUPLE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/json-tuple
-- case: no key
select json_tuple('{}');
-- case: a key that is not a string
select json_tuple('{"a":1}', array('a'));
-- case: other columns beside it
select 1 as id, json_tuple('{"a":1}', 'a');
-- case: names and keys differ in number
select json_tuple('{"a":1}', 'a', 'b') as (a);
