-- https://www.alibabacloud.com/help/en/maxcompute/json-format
-- 123
SELECT JSON_FORMAT(JSON '123');
-- "123"
SELECT JSON_FORMAT(JSON '"123"');
-- Keys sorted: {"age":3,"name":"Alice","school":"Ali"}
SELECT JSON_FORMAT(JSON '{"name":"Alice", "age":3, "school":"Ali"}');
-- [{"id":1,"name":"Bob","score":98},{"id":2,"name":"Alex","score":88}]
SELECT JSON_FORMAT(
JSON
'[
  {
    "id": 1,
    "name":"Bob",
    "score":98
   },
  {
    "id":2,
    "name":"Alex",
    "score":88
  }
 ]');
select json_format(null);
