-- https://www.alibabacloud.com/help/en/maxcompute/json-valid
-- Example 1: true
select json_valid('"abc"');
-- Example 2: false
select json_valid('abc');
select json_valid(null), json_valid('{"a":[1,2]}'), json_valid('{"a":1,}'), json_valid('');
