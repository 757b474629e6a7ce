-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/json-unquote
-- 123
SELECT JSON_UNQUOTE(JSON "123");
-- New York
SELECT JSON_UNQUOTE(JSON_EXTRACT(json '{"name": "John", "age": 25, "city": "New York"}','$.city'));
-- Escapes: te<CR>st, <TAB>test, te<LF>st, te<BS>st, Ω
SELECT JSON_UNQUOTE(JSON '"te\\rst"');
SELECT JSON_UNQUOTE(JSON '"\\ttest"');
SELECT JSON_UNQUOTE(JSON '"te\\nst"');
SELECT JSON_UNQUOTE(JSON '"te\\bst"');
SELECT JSON_UNQUOTE(JSON '"\\u03A9"');
select json_unquote(json '[1, "a"]'), json_unquote(null);
