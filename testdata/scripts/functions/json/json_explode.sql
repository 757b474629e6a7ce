-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/json-explode
CREATE TABLE table_json(c1 json);
INSERT INTO table_json(c1) SELECT JSON_OBJECT('a', 123,'b','hello');
INSERT INTO table_json(c1) SELECT JSON_ARRAY(1, true, 2, json'{"a":456}');
SELECT * FROM table_json;
-- key value: \N 1, \N true, \N 2, \N {"a":456}, a 123, b hello. The page
-- prints the JSON string "hello" without quotes; mcsql prints JSON values
-- as JSON text everywhere, so it shows "hello". The page notes that the
-- order across JSON values is not guaranteed (here: table order).
SELECT JSON_EXPLODE(table_json.c1) FROM table_json;
-- With LATERAL VIEW; a NULL value gives no row (OUTER keeps it).
select t.id, e.key, e.value from values (1, json '{"x":[1,2]}'), (2, cast(null as json)) t(id, j)
  lateral view outer json_explode(j) e as key, value;
