-- KEYVALUE: https://www.alibabacloud.com/help/en/maxcompute/user-guide/keyvalue
-- Example 1 (key 1 is a BIGINT, converted to STRING; \; in a string literal is ;)
SELECT KEYVALUE('0:1\;1:2', 1); -- 2
-- The 2023 page's spelling of it.
select keyvalue('0:1/;1:2', 1); -- 2
-- Example 2 (\; in a string literal is ;)
select keyvalue("\;decreaseStore:1\;xcard:1\;isB2C:1\;tf:21910\;cart:1\;shipping:2\;pf:0\;market:shoes\;instPayAmount:0\;","\;",":","tf"); -- 21910
-- The KEYVALUE_TUPLE section's table. Documented: 1 18 f abc, 2 20 m bcd.
-- (Its LATERAL VIEW KEYVALUE_TUPLE(...) form is a UDTF, not a scalar function.)
create table mf_user (
user_id string,
user_info string
);
insert into mf_user values('1','age:18;genda:f;address:abc'),('2','age:20;genda:m;address:bcd');
SELECT user_id,
KEYVALUE(user_info,';',':','age') as age,
KEYVALUE(user_info,';',':','genda') as genda,
KEYVALUE(user_info,';',':','address') as address
FROM mf_user;
-- No matching key, NULL str, key or split give NULL; the first matching pair wins.
select keyvalue('a:1;b:2', 'c'), keyvalue(null, 'a'), keyvalue('a:1', null), keyvalue('a:1', null, ':', 'a'), keyvalue('a:1;a:2', 'a');
