-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-json
-- Example 1 (page of Mar 26, 2026), verbatim.
SELECT TO_JSON(NAMED_STRUCT('a', 1, 'b', 2));
-- {"a":1,"b":2}
SELECT TO_JSON(NAMED_STRUCT('time', "26/08/2015"));
-- {"time":"26/08/2015"}
SELECT TO_JSON(ARRAY(NAMED_STRUCT('a', 1, 'b', 2)));
-- [{"a":1,"b":2}]
SELECT TO_JSON(MAP('a', NAMED_STRUCT('b', 1)));
-- {"a":{"b":1}}
SELECT TO_JSON(MAP('a', 1));
-- {"a":1}
SELECT TO_JSON(ARRAY((MAP('a', 1))));
-- [{"a":1}]
-- Example 2: key "A" is lowercased to "a" in the output.
SELECT TO_JSON(NAMED_STRUCT("A", "B"));
-- {"a":"B"}
-- The key-value pair for "k1" is excluded because its value is NULL.
SELECT TO_JSON(NAMED_STRUCT("k1", CAST(NULL AS STRING), "k2", "v2"));
-- {"k2":"v2"}
-- (Example 3, with SET odps.sql.bigquery.compatible=true, is in to_json_bigquery.sql.)
-- The same through CAST(STRUCT(...) AS STRUCT<...>): member names come from the type.
SELECT TO_JSON(cast(struct(1, 2) as struct<a:int, b:int>)), TO_JSON(cast(struct("B") as struct<A:string>));
select to_json(array(1, null)), to_json(cast(null as array<int>));
