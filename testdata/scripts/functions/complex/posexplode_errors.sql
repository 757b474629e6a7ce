-- POSEXPLODE errors: https://www.alibabacloud.com/help/en/maxcompute/user-guide/posexplode
-- case: a map
select posexplode(map(1, 2));
-- case: one name for two columns
select posexplode(array(1)) as (v);
-- case: no argument
select posexplode();
