-- https://www.alibabacloud.com/help/en/maxcompute/json-contains
-- true
SELECT JSON_CONTAINS(JSON '[1,2,3,4,5,6,7,8]', JSON '4');
-- true
SELECT JSON_CONTAINS(JSON '{"a": 1, "b": 2, "c": {"d": 4}}', JSON '1', '$.a');
-- false
SELECT JSON_CONTAINS(JSON '{"a": 1, "b": 2, "c": {"d": 4}}', JSON '2', '$.a');
-- false: the path does not exist
SELECT JSON_CONTAINS(JSON '{"a": 1}', JSON '2', '$.b');
-- false: the path is invalid
SELECT JSON_CONTAINS(JSON '{"a": 1}', JSON '2', 'b');
-- NULL
SELECT JSON_CONTAINS(JSON '{"a": 1}', NULL);
-- NULL
SELECT JSON_CONTAINS(NULL, JSON '1');
-- Arrays and objects contain subsets (MySQL's rule); numbers compare by value.
select json_contains(json '[1,[2,3],{"a":1,"b":2}]', json '[1,{"a":1}]'), json_contains(json '{"a":1.0}', json '{"a":1}'), json_contains(json '[1]', json '"1"');
