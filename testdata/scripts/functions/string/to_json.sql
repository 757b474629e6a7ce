-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/to-json
-- The page's examples as written (NAMED_STRUCT), then the same values built
-- with CAST(STRUCT(...) AS STRUCT<...>).
-- {"a":1,"b":2}, {"time":"26/08/2015"}, [{"a":1,"b":2}], {"a":{"b":1}}
select to_json(named_struct('a', 1, 'b', 2));
select to_json(named_struct('time', "26/08/2015"));
select to_json(array(named_struct('a', 1, 'b', 2)));
select to_json(map('a', named_struct('b', 1)));
-- {"a":"B"}: member names in lower case
select to_json(named_struct("A", "B"));
-- {"k2":"v2"}: a NULL member is left out
select to_json(named_struct("k1", cast(null as string), "k2", "v2"));
-- {"a":1,"b":2}
SELECT TO_JSON(cast(struct(1, 2) as struct<a:int, b:int>));
-- {"time":"26/08/2015"}
SELECT TO_JSON(cast(struct("26/08/2015") as struct<time:string>));
-- [{"a":1,"b":2}]
SELECT TO_JSON(ARRAY(cast(struct(1, 2) as struct<a:int, b:int>)));
-- {"a":{"b":1}}
SELECT TO_JSON(MAP('a', cast(struct(1) as struct<b:int>)));
-- {"a":1}
SELECT TO_JSON(MAP('a', 1));
-- [{"a":1}]
SELECT TO_JSON(ARRAY((MAP('a', 1))));
-- {"a":"B"}: member names in lower case
SELECT TO_JSON(cast(struct("B") as struct<A:string>));
-- {"k2":"v2"}: a NULL member is left out
SELECT TO_JSON(cast(struct(CAST(NULL AS STRING), "v2") as struct<k1:string, k2:string>));
select to_json(array(1, null)), to_json(cast(null as array<int>));
