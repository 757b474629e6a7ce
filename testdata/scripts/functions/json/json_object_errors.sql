-- https://www.alibabacloud.com/help/en/maxcompute/json-object
-- case: odd number of arguments
select json_object('a', 1, 'b');
-- case: NULL key
select json_object(cast(null as string), 1);
