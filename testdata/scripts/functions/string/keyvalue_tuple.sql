-- https://www.alibabacloud.com/help/en/maxcompute/user-guide/keyvalue-tuple
create table mf_user (
user_id string,
user_info string
);
insert into mf_user values('1','age:18;genda:f;address:abc'),('2','age:20;genda:m;address:bcd');
-- user_id age genda address: 1 18 f abc, 2 20 m bcd (both queries)
SELECT user_id,
KEYVALUE(user_info,';',':','age') as age,
KEYVALUE(user_info,';',':','genda') as genda,
KEYVALUE(user_info,';',':','address') as address
FROM mf_user;
SELECT user_id,
age,
genda,
address
FROM mf_user LATERAL VIEW KEYVALUE_TUPLE(user_info,';', ':','age','genda','address') ui AS age,genda,address;
-- A missing key, a NULL string or a NULL separator gives NULL; the
-- default names are c0, c1, ...
select keyvalue_tuple('a:1;b:2', ';', ':', 'a', 'b', 'c');
select keyvalue_tuple(cast(null as string), ';', ':', 'a') as (a);
select keyvalue_tuple('a:1', cast(null as string), ':', 'a') as (a);
