-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/json-set
-- Example 1: [{"f1":[2,3,4],"f2":null},2,null,3]
select json_set(JSON'[{"f1":1,"f2":null},2,null,3]', array("0","f1"), JSON'[2,3,4]', false);
-- Example 2: absent and create_if_missing false: unchanged [{"f1":1,"f2":null},2,null,3]
select json_set(JSON'[{"f1":1,"f2":null},2,null,3]', array("0","f3"), JSON'[2,3,4]', false);
-- Example 3: absent and create_if_missing true: [{"f1":1,"f2":null,"f3":[2,3,4]},2,null,3]
select json_set(JSON'[{"f1":1,"f2":null},2,null,3]', array("0","f3"), JSON'[2,3,4]', true);
-- Negative indexes count from the end; past the end with create appends; NULL arguments give NULL.
select json_set(json '[1,2,3]', array('-1'), json '9', false), json_set(json '[1]', array('5'), json '9', true), json_set(null, array('a'), json '1', true);
