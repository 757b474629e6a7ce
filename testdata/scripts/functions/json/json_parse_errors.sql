-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/json-parse
-- case: Example 3, not JSON: Invalid input syntax for type json, detail:Token "abc" is invalid.
select json_parse('abc');
-- case: text after the value
select json_parse('{"a":1} x');
