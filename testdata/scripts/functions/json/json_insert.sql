-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/json-insert
-- Example 1: {"f1":1,"f2":{"t1":1,"t2":2,"t3":3}}
select json_insert(JSON'{"f1":1,"f2":{"t1":1,"t2":2}}', array("f2","t3"), JSON'3', false);
-- Example 2: before index 0: {"f1":[10,0,1,2]}
select json_insert(JSON'{"f1":[0,1,2]}', array("f1","0"), JSON'10', false);
-- Example 3: after index 0: {"f1":[0,10,1,2]}
select json_insert(JSON'{"f1":[0,1,2]}', array("f1","0"), JSON'10', true);
-- Example 4: m >= n appends: {"f1":[0,1,2,4]}
select json_insert(JSON'{"f1":[0,1,2]}', array("f1","4"), JSON'4', false);
-- m < -n prepends: {"f1":[-2,0,1,2]}
select json_insert(JSON'{"f1":[0,1,2]}', array("f1","-5"), JSON'-2', false);
-- -n <= m < 0 counts from the end: {"f1":[0,1,7,2]}
select json_insert(JSON'{"f1":[0,1,2]}', array("f1","-1"), JSON'7', false);
