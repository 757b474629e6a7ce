-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/json-insert
-- case: inserting an existing object member (jsonb_insert's rule: use JSON_SET to replace)
select json_insert(json '{"a":1}', array('a'), json '2', false);
-- case: a NULL path level
select json_insert(json '{"a":1}', array('b', null), json '2', false);
