-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/json-parse
-- Example 1: {"a":1,"b":2}
select json_parse('{"a":1, "b":2}');
-- Example 2: "abc"
select json_parse('"abc"');
-- NULL gives NULL; numbers keep their text exactly.
select json_parse(null), json_parse(' [1.50, -0, 1e400] ');
