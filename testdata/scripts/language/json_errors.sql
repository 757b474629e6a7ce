-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/maxcompute-json-type-usage-guide-trial-beta-version
-- case: a JSON literal that is not JSON
select json '{a:1}';
-- case: CAST of a JSON array to STRING (the CAST page: not ARRAY or OBJECT)
select cast(json '[1]' as string);
-- case: a JSON string that is not a number
select cast(json '"abc"' as bigint);
-- case: comparing JSON values
select json '1' = json '1';
-- case: ORDER BY a JSON value
select j from (select json '1' as j) t order by j;
-- case: GROUP BY a JSON value
select count(*) from (select json '1' as j) t group by j;
-- case: no implicit STRING to JSON
select json_type('1');
-- case: a JSON subscript of another type
select json '[1]'[true];
-- case: inserting JSON text into a JSON column needs JSON_PARSE
create table jt (j json);
insert into jt values ('{"a":1}');
