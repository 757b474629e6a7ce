-- Scenario: parsing a log table the way ETL scripts do: JSON fields with
-- GET_JSON_OBJECT, fields and masks with the REGEXP functions, a DataWorks-style
-- partition string turned into dates. The functions read table columns, row by
-- row, with constant paths and patterns.
-- Pages (expected results follow their rules and examples):
--   https://www.alibabacloud.com/help/en/maxcompute/user-guide/get-json-object
--   https://www.alibabacloud.com/help/en/maxcompute/user-guide/regexp-replace
--   https://www.alibabacloud.com/help/en/maxcompute/user-guide/regexp-extract
--   https://www.alibabacloud.com/help/en/maxcompute/user-guide/regular-expressions
--   https://www.alibabacloud.com/help/en/maxcompute/user-guide/split-part
create table app_log (uid string, ext string, ds string, phone string, amt double, ts bigint);
insert into app_log values
  ('u1', '{"store":{"fruit":[{"weight":8,"type":"apple"},{"weight":9,"type":"pear"}],"bicycle":{"price":19.95,"color":"red"}},"email":"amy@only_for_json_udf_test.net","owner":"amy","ver":"1.2.3"}', '20240312', '13800138000', 12.345, 1710209472),
  ('u2', '{"array":[["aaaa",1111],["bbbb",2222],["cccc",3333]],"ver":"2.0"}', '20240311', null, null, null),
  ('u3', 'not json', '20240301', '1390013', 0.5, 0);
-- GET_JSON_OBJECT page: $.owner is amy, $.store.fruit[0] is the object text,
-- a missing key is NULL, $.array[1][1] is 2222, and text that is not JSON
-- gives NULL.
-- u1: amy {"weight":8,"type":"apple"} NULL NULL; u2: NULL NULL NULL 2222; u3: all NULL
select uid, get_json_object(ext, '$.owner'), get_json_object(ext, '$.store.fruit[0]'),
       get_json_object(ext, '$.non_exist_key'), get_json_object(ext, '$.array[1][1]')
from app_log order by uid;
-- [*] returns the array's elements as a JSON array: ["apple","pear"] for u1
select uid, get_json_object(ext, '$.store.fruit[*].type') from app_log order by uid;
-- A number taken out is text; CAST it to compute: 39.9 for u1
select uid, cast(get_json_object(ext, '$.store.bicycle.price') as double) * 2 from app_log order by uid;
-- The major version: 1, 2, NULL (split_part of NULL is NULL)
select uid, split_part(get_json_object(ext, '$.ver'), '.', 1) from app_log order by uid;
-- Masking a phone number: back references \1 and \2 in REGEXP_REPLACE, and
-- SUBSTR/CONCAT; a value the pattern does not match is unchanged and NULL
-- stays NULL. u1: 138****8000 138****8000 true; u2: NULL NULL NULL;
-- u3: 1390013 139**** false
select uid, regexp_replace(phone, '(\\d{3})\\d{4}(\\d{4})', '\\1****\\2'),
       concat(substr(phone, 1, 3), '****', substr(phone, 8)),
       phone rlike '^1[3-9]\\d{9}$'
from app_log order by uid;
-- REGEXP_EXTRACT of a group, NULL when nothing matches: a field pulled
-- from raw text. u1: amy; u2: NULL; u3: NULL
select uid, regexp_extract(ext, '"owner":"(\\w+)"', 1) from app_log order by uid;
-- Partition strings as dates: the next day, the days to 20240312 and the
-- weekday (Monday is 0). u1: 2024-03-13 0 1; u2: 2024-03-12 1 0; u3: 2024-03-02 11 4
select uid, to_char(dateadd(to_date(ds, 'yyyymmdd'), 1, 'dd'), 'yyyy-mm-dd'),
       datediff(to_date('20240312', 'yyyymmdd'), to_date(ds, 'yyyymmdd'), 'dd'),
       weekday(to_date(ds, 'yyyymmdd'))
from app_log order by uid;
-- Epoch seconds in Asia/Shanghai; NULL stays NULL.
-- u1: 2024-03-12 10:11:12; u2: NULL; u3: 1970-01-01 08:00:00
select uid, from_unixtime(ts) from app_log order by uid;
-- NVL defaults and ROUND of a DOUBLE column (12.345 is 12.3450000000000006
-- as a DOUBLE, so it rounds up): u1: 12.35 12.345; u2: NULL 0.0; u3: 0.5 0.5
select uid, round(amt, 2), nvl(amt, 0) from app_log order by uid;
-- Aggregates skip NULL: 3 12.845 6.4225 20240312 20240301
select count(*), sum(amt), avg(amt), max(ds), min(ds) from app_log;
