-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/json-pretty
-- {
--     "a":1,
--     "b":2
-- }
select json_pretty(json '{"a":1, "b":2}');
-- Nested values indent four more spaces per level (mcsql, following the page's layout).
select json_pretty(json '{"a":[1,{"c":null}],"b":{},"d":[]}'), json_pretty(json '7'), json_pretty(null);
