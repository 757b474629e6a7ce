-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/json-strip-nulls
-- Example 1 (the page's columns json_data1..7): NULL, null, [1,2], [1,null,2,null], [1,2], NULL, {"d":[null],"e":[],"f":1}
SELECT
  JSON_STRIP_NULLS(NULL) AS json_data1,
  JSON_STRIP_NULLS(JSON 'null') AS json_data2,
  JSON_STRIP_NULLS(JSON '[1, null, 2, null]') AS json_data3,
  JSON_STRIP_NULLS(JSON '[1, null, 2, null]', FALSE) AS json_data4,
  JSON_STRIP_NULLS(JSON '[1, null, 2, null, [null]]',TRUE,TRUE) AS json_data5,
  JSON_STRIP_NULLS(JSON '[1, null, 2, null, [null]]',NULL,TRUE) AS json_data6,
  JSON_STRIP_NULLS(
    JSON '{"a": {"b": {"c": null}}, "d": [null], "e": [], "f": 1}',
    FALSE,TRUE) AS json_data7;
-- Objects: null members go; at a path only that value is stripped; a NULL or invalid path returns json as it is; nothing left is JSON null.
select json_strip_nulls(json '{"a":null,"b":{"c":null,"d":1}}'),
       json_strip_nulls(json '{"a":null,"b":{"c":null}}', true, false, '$.b'),
       json_strip_nulls(json '{"a":null}', true, false, null),
       json_strip_nulls(json '{"a":null}', true, false, 'bad'),
       json_strip_nulls(json '{"a":null}');
